# Sourced by build-on-linux.sh: Authenticode signing with osslsigncode.
# shellcheck shell=bash
# signing_setup DIR: use DIGIGOV_SIGN_P12 + DIGIGOV_SIGN_PASSFILE, or make a throwaway test
# certificate (a test root and a code-signing certificate it issued) in DIR.
signing_setup() {
    local dir=$1
    if [ -n "${DIGIGOV_SIGN_P12:-}" ]; then
        [ -f "$DIGIGOV_SIGN_P12" ] || die "DIGIGOV_SIGN_P12: no such file: $DIGIGOV_SIGN_P12"
        [ -f "${DIGIGOV_SIGN_PASSFILE:-}" ] || die "DIGIGOV_SIGN_PASSFILE must name the file holding the passphrase"
        SIGN_P12=$DIGIGOV_SIGN_P12 SIGN_PASSFILE=$DIGIGOV_SIGN_PASSFILE
        SIGN_CAFILE=${DIGIGOV_SIGN_CAFILE:-/etc/ssl/certs/ca-certificates.crt}
        SIGNING_KIND="certificate from DIGIGOV_SIGN_P12"
        return 0
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    say "NOTE: no DIGIGOV_SIGN_P12 given: signing with a THROWAWAY TEST certificate (not trusted by any PC)"
    local pass
    pass=$(openssl rand -hex 16)
    printf '%s' "$pass" >"$dir/passphrase.txt"
    openssl req -x509 -newkey rsa:3072 -nodes -days 30 -sha256 -keyout "$dir/root.key" \
        -out "$dir/root.pem" -subj "/CN=DigiGov TEST code-signing root (throwaway)" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey rsa:3072 -nodes -sha256 -keyout "$dir/signer.key" -out "$dir/signer.csr" \
        -subj "/CN=DigiGov Desktop TEST signer (throwaway)/O=DigiGov" 2>/dev/null
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n' >"$dir/ext.cnf"
    openssl x509 -req -in "$dir/signer.csr" -CA "$dir/root.pem" -CAkey "$dir/root.key" \
        -CAcreateserial -days 30 -sha256 -extfile "$dir/ext.cnf" -out "$dir/signer.pem" 2>/dev/null
    openssl pkcs12 -export -inkey "$dir/signer.key" -in "$dir/signer.pem" -certfile "$dir/root.pem" \
        -passout "file:$dir/passphrase.txt" -out "$dir/signer.p12"
    rm -f "$dir/root.key" "$dir/signer.key" "$dir/signer.csr"
    SIGN_P12="$dir/signer.p12" SIGN_PASSFILE="$dir/passphrase.txt" SIGN_CAFILE="$dir/root.pem"
    SIGNING_KIND="throwaway test certificate"
}

# sign_to IN OUT: OUT is IN with our Authenticode signature.
sign_to() {
    osslsigncode sign -pkcs12 "$SIGN_P12" -readpass "$SIGN_PASSFILE" -h sha256 \
        -n "DigiGov Desktop" -i "https://github.com/" -in "$1" -out "$2"
}

sign_file() {
    local f=$1
    sign_to "$f" "$f.signed" >/dev/null || die "signing $f failed"
    mv "$f.signed" "$f"
}

# Inno Setup signs its uninstaller only through a sign tool that its compiler (under Wine)
# runs and waits for; Wine would neither wait for osslsigncode nor return its exit code. So
# sign_bridge.py, run by the Windows Python as that tool, drops each file into a queue
# folder, and this host-side signer answers there (the signed file and an exit code).
# sign_queue_start DIR: serve DIR in the background until sign_queue_stop (or this shell
# ends). sign_queue_tool WINPY: the command line for ISCC's /S<name>=... option.
sign_queue_start() {
    SIGN_QUEUE=$1
    rm -rf "$SIGN_QUEUE"; mkdir -p "$SIGN_QUEUE"
    _sign_queue_serve "$SIGN_QUEUE" "$$" &
    SIGN_QUEUE_PID=$!
}

_sign_queue_serve() {
    local dir=$1 owner=$2 req job rc
    while [ ! -e "$dir/.stop" ] && kill -0 "$owner" 2>/dev/null; do
        for req in "$dir"/*.req; do
            [ -e "$req" ] || continue
            job=${req%.req} rc=0
            echo "signing $(cat "$req")" >>"$dir/signer.log"
            sign_to "$job.in" "$job.out" >>"$dir/signer.log" 2>&1 || rc=1
            rm -f "$req"
            printf '%s' "$rc" >"$job.answer"
            mv "$job.answer" "$job.rc"
        done
        sleep 0.1
    done
}

sign_queue_stop() {
    touch "$SIGN_QUEUE/.stop"
    wait "$SIGN_QUEUE_PID" || true
}

sign_queue_tool() {
    local winpy=$1
    printf '%s\\python.exe -I %s %s $f' "$(winpath "$winpy")" \
        "$(winpath "$WIN_DIR/sign_bridge.py")" "$(winpath "$SIGN_QUEUE")"
}

verify_file() {
    osslsigncode verify -CAfile "$SIGN_CAFILE" -in "$1"
}
