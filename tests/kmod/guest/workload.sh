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
echo done
