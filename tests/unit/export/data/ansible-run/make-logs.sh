#!/bin/sh
# Makes the test data ../ansible-rehearsal.json, ../ansible-cutover.json and ../ansible-default-callback.txt: real runs of ansible-playbook
# (Debian's ansible, core 2.14) with the json callback on this machine only (connection local), the
# playbooks named and shaped as an export's (core/export). The rehearsal runs both installations (beta
# fails step 6); the cutover runs alpha only. puw_db_password_* hold a fake secret, which the tasks read on
# stdin and print: the import must keep it out of journals and reports.
set -eu
cd "$(dirname "$0")"
export ANSIBLE_STDOUT_CALLBACK=json ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=0
acks="-e puw_ack_config_merge=true -e puw_ack_server_guard=true -e puw_ack_row_counts=true"
secrets="-e puw_db_password_old=FAKE-SECRET-hunter2 -e puw_db_password_new=FAKE-SECRET-hunter2"
# shellcheck disable=SC2086
ansible-playbook -i inventory.yml rehearsal.yml $acks $secrets > ../ansible-rehearsal.json || true
# shellcheck disable=SC2086
ansible-playbook -i inventory.yml cutover.yml --limit alpha $acks $secrets > ../ansible-cutover.json
# The same run's first step with Ansible's default output (text, not JSON): the import must refuse it.
ANSIBLE_STDOUT_CALLBACK=default ansible-playbook -i inventory.yml rehearsal.yml --limit alpha --tags step1 \
    > ../ansible-default-callback.txt
