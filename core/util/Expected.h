#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace puw {

// Marks a value as the error, for when the value and the error have the same type.
template <typename E> struct Unexpected {
    E error;
};
template <typename E> Unexpected<E> unexpected(E error)
{
    return {std::move(error)};
}

// The value of work that has none but "it was done": Expected<Done, QString> is done, or the reason it
// was not, for people. (Never an empty QString meaning success.)
struct Done {};

// A value or the reason there is none. (std::expected is C++23; Debian 12's compiler builds C++20.)
template <typename T, typename E> class Expected {
public:
    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Expected(E error) requires(!std::is_same_v<T, E>) : m_data(std::in_place_index<1>, std::move(error)) {}
    template <typename G>
    Expected(Unexpected<G> error) : m_data(std::in_place_index<1>, std::move(error.error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const E& error() const { return std::get<1>(m_data); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, E> m_data;
};

} // namespace puw
