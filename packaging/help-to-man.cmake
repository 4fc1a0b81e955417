# Writes the man page from the program's own --help, so that the page can never disagree with the program.
# Usage: cmake -DPROGRAM=<binary> -DVERSION=<x.y.z> -DDATE=<release date> -DEXTRA=<roff file appended>
#        -DOUTPUT=<page.1> -P help-to-man.cmake
#
# QCommandLineParser's help has a fixed shape: "Usage: <path> [options]", the description, a blank line,
# "Options:" and one entry per option ("  -h, --help   text"), long texts continuing on indented lines; then
# the program's own lines (the exit codes), which start unindented and are left out.
cmake_policy(VERSION 3.25) # quoted words in if() are words, not variable names
foreach(var PROGRAM VERSION DATE EXTRA OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "help-to-man: -D${var}=... is required")
    endif()
endforeach()

# The page is in English whatever the builder's locale; no window is needed for --help.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT help MATCHES "^Usage: ")
    message(FATAL_ERROR "help-to-man: '${PROGRAM} --help' failed (${status}):\n${help}")
endif()

# roff: a backslash is \e, a dash is \-, a line must not start with a dot or a quote.
function(roff_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(section "in-usage")
set(description "")
set(options "")
set(entry_head "")
set(entry_text "")
macro(flush_entry)
    if(entry_head)
        roff_escape(tag "${entry_head}")
        # The option in bold, its <FILE> placeholder in italic.
        string(REGEX REPLACE "<([A-Z]+)>" "\\\\fI\\1\\\\fB" tag "${tag}")
        roff_escape(body "${entry_text}")
        string(APPEND options ".TP\n\\fB${tag}\\fR\n${body}\n")
    endif()
    set(entry_head "")
    set(entry_text "")
endmacro()
foreach(line IN LISTS lines)
    if(section STREQUAL "in-usage")
        set(section "in-description")
    elseif(line STREQUAL "Options:")
        set(section "in-options")
    elseif(section STREQUAL "in-description")
        string(STRIP "${line}" line)
        if(NOT line STREQUAL "")
            string(APPEND description " ${line}")
        endif()
    elseif(section STREQUAL "in-options" AND line MATCHES "^[^ ]")
        # What follows the options (the exit codes) is in the page's EXIT STATUS, from EXTRA.
        set(section "after-options")
    elseif(section STREQUAL "in-options")
        if(line MATCHES "^  (-[^ ].*[^ ])  +([^ ].*)$")
            set(head "${CMAKE_MATCH_1}") # flush_entry's regexes overwrite CMAKE_MATCH_*
            set(text "${CMAKE_MATCH_2}")
            flush_entry()
            set(entry_head "${head}")
            set(entry_text "${text}")
        elseif(line MATCHES "^ +([^ ].*)$")
            string(APPEND entry_text " ${CMAKE_MATCH_1}")
        endif()
    endif()
endforeach()
flush_entry()
string(STRIP "${description}" description)
if(NOT description OR NOT options)
    message(FATAL_ERROR "help-to-man: no description or no options found in:\n${help}")
endif()

# NAME is the description's first clause: "walks you through a parallel upgrade of ...".
string(REGEX REPLACE "[:.].*" "" name_line "${description}")
string(SUBSTRING "${name_line}" 0 1 first)
string(TOLOWER "${first}" first)
string(SUBSTRING "${name_line}" 1 -1 rest)
roff_escape(name_line "${first}${rest}")
roff_escape(description "${description}")
file(READ ${EXTRA} extra)

file(WRITE ${OUTPUT}
".\\\" Written from parallel-upgrade --help by packaging/help-to-man.cmake: edit the program, not this page.
.TH PARALLEL\\-UPGRADE 1 \"${DATE}\" \"parallel-upgrade ${VERSION}\" \"User Commands\"
.SH NAME
parallel\\-upgrade \\- ${name_line}
.SH SYNOPSIS
.B parallel\\-upgrade
[\\fB\\-\\-plan\\fR \\fIFILE\\fR] [\\fB\\-\\-session\\-dir\\fR \\fIDIR\\fR]
.br
.B parallel\\-upgrade \\-\\-headless \\-\\-plan
\\fIFILE\\fR [\\fIoptions\\fR]
.SH DESCRIPTION
${description}
.SH OPTIONS
${options}${extra}")
