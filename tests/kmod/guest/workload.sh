#!/bin/dash
# The scripted workload the capture is checked against (tests/kmod/vm-test). Idempotent:
# it runs more than once in a guest.
set -e
export PATH=/usr/bin:/bin
rm -rf /tmp/fjwork /dev/fj-created
mkdir -p /tmp/fjwork
touch /tmp/fjwork/marker-file
cat /etc/shadow >/dev/null
cp /etc/hostname /dev/fj-created
ls -l /tmp/fjwork >/dev/null
ln -s /tmp/fjwork/marker-file /tmp/fjwork/link
mv /tmp/fjwork/link /tmp/fjwork/link2
chmod 600 /tmp/fjwork/marker-file
rm /tmp/fjwork/link2
mkdir /tmp/fjwork/sub
setpriv --reuid 1000 --regid 1000 --clear-groups id >/dev/null
/fj/netpair 34567 >/tmp/fj-netpair.out
/fj/memexec /usr/bin/true fileless
# The live test's actions (java/cli/src/test/resources/io/falcoj/cli/live-expected.txt lists the
# alerts live-rules.yaml must raise for them), made by real binaries, with the guest's values of
# that file's placeholders: {DIR}=/tmp/fjlive {DEV}=/dev/falcoj-live-guest
# {SHM}=/dev/shm/falcoj-live-guest {PORT}=34568.
L=/tmp/fjlive
rm -rf $L /dev/falcoj-live-guest /dev/shm/falcoj-live-guest
mkdir -p $L /dev/shm
cp /bin/bash $L/falcojsh
cp /bin/bash $L/nginx
cp /usr/bin/true /dev/shm/falcoj-live-guest
# harmless first: none of the rules may fire on these
ls /tmp >/dev/null
cat /etc/hostname >/dev/null
$L/falcojsh -c "echo hello > $L/harmless.txt; true"
$L/falcojsh -c "cat /etc/shadow > /dev/null; true"
$L/nginx -c "/bin/sh -c true; true"
touch /dev/falcoj-live-guest
/dev/shm/falcoj-live-guest
/fj/listen1 34568
$L/falcojsh -c "exec 3<>/dev/tcp/127.0.0.1/34568; true"
ln -s /etc/shadow $L/link
echo done
