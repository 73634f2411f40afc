# Sourced by scripts/kafka.sh: the secured broker of `kafka.sh start --secure`.
#
# A second one-node KRaft broker (own state folder "kafka-VERSION-secure", own ports) with four
# listeners:
#   PLAINTEXT  no TLS, no login (principal ANONYMOUS, a super user: the admin door for setup)
#   SASL_SSL   TLS + SASL with SCRAM-SHA-512 and PLAIN (users admin and restricted)
#   SSL        TLS with a required client certificate (mTLS; principal = the certificate's CN)
#   CONTROLLER the KRaft controller (not printed)
# ACLs are on (StandardAuthorizer, deny when no ACL matches). The user "restricted" may read the
# topics "public.*" and the groups "public.*", only describe the topics "secret.*" (no configs, no
# records) and sees nothing of "private.*". The broker is made with those three topics.
#
# Certificates (PEM, made once with openssl into $CERT_DIR and reused by every start):
#   ca.pem/ca.key                  the test CA every client.properties trusts
#   broker-keystore.pem            broker key + certificate for 127.0.0.1 and localhost
#   client-keystore.pem            client key + certificate (CN=streamscope-client), for mTLS
#   other-ca.pem                   a CA the broker does not trust ("untrusted" cases)
#   other-client-keystore.pem      a client certificate from other-ca (refused by the broker)
#   expired-keystore.pem           a server certificate of the test CA that expired in 2020
#   wronghost-keystore.pem         a server certificate of the test CA for wrong.example.invalid
# The last four are not used by the broker: tests serve them (openssl s_server) or present them.
#
# One client.properties per listener in the state folder, usable by Kafka's Java tools
# (ssl.truststore.type=PEM, ssl.keystore.type=PEM) and by Streamscope's --config import.

CERT_DIR="$CACHE_ROOT/secure-certs"
SECURE_ADMIN_USER=admin
SECURE_ADMIN_PASSWORD=admin-secret
SECURE_RESTRICTED_USER=restricted
SECURE_RESTRICTED_PASSWORD=restricted-secret
# The principal of an mTLS client is its certificate's CN (ssl.principal.mapping.rules below).
SECURE_CLIENT_CN=streamscope-client

# openssl ca can set any validity window (x509 -req in OpenSSL 3.0 cannot backdate), so every
# certificate goes through a throwaway CA database in $1.
sign_cert() { # sign_cert WORKDIR CA_NAME NAME SUBJECT SAN START END
    local work="$1" ca="$2" name="$3" subject="$4" san="$5" start="$6" end="$7"
    local -a sanArgs=()
    [[ -n "$san" ]] && sanArgs=(-addext "subjectAltName=$san")
    openssl req -new -newkey rsa:2048 -nodes -keyout "$work/$name.key" -out "$work/$name.csr" \
        -subj "$subject" "${sanArgs[@]}" 2>/dev/null
    cat >"$work/$ca.cnf" <<EOF
[ ca ]
default_ca = this
[ this ]
database = $work/$ca.index
new_certs_dir = $work/issued
serial = $work/$ca.serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
x509_extensions = leaf
[ any ]
commonName = supplied
[ leaf ]
basicConstraints = CA:FALSE
EOF
    mkdir -p "$work/issued"
    [[ -f "$work/$ca.index" ]] || touch "$work/$ca.index"
    [[ -f "$work/$ca.serial" ]] || openssl rand -hex 8 >"$work/$ca.serial"
    openssl ca -batch -notext -config "$work/$ca.cnf" -cert "$work/$ca.pem" -keyfile "$work/$ca.key" \
        -in "$work/$name.csr" -out "$work/$name.pem" -startdate "$start" -enddate "$end" 2>/dev/null
    # Key first, then the certificate: Kafka's PEM key store and librdkafka (ssl.key.location and
    # ssl.certificate.location on the same file) both read this.
    cat "$work/$name.key" "$work/$name.pem" >"$work/$name-keystore.pem"
}

make_ca() { # make_ca WORKDIR NAME SUBJECT
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1/$2.key" -out "$1/$2.pem" -days 3650 \
        -subj "$3" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}

ensure_certs() {
    [[ -f "$CERT_DIR/.complete" ]] && return 0
    command -v openssl >/dev/null || die "openssl not found (run scripts/install-deps.sh)"
    mkdir -p "$CACHE_ROOT"
    exec 7>"$CACHE_ROOT/.secure-certs.lock"
    flock -w 120 7 || die "timed out waiting for another certificate run"
    if [[ ! -f "$CERT_DIR/.complete" ]]; then
        log "making test certificates in $CERT_DIR"
        local work="$CERT_DIR.tmp" now later
        rm -rf "$work"
        mkdir -p "$work"
        now="$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)"
        later="$(date -u -d '+10 years' +%Y%m%d%H%M%SZ)"
        make_ca "$work" ca "/CN=Streamscope Test CA"
        make_ca "$work" other-ca "/CN=Streamscope Untrusted CA"
        sign_cert "$work" ca broker "/CN=localhost" "DNS:localhost,IP:127.0.0.1" "$now" "$later"
        sign_cert "$work" ca client "/CN=$SECURE_CLIENT_CN" "" "$now" "$later"
        sign_cert "$work" other-ca other-client "/CN=$SECURE_CLIENT_CN" "" "$now" "$later"
        sign_cert "$work" ca expired "/CN=localhost" "DNS:localhost,IP:127.0.0.1" \
            20200101000000Z 20200102000000Z
        sign_cert "$work" ca wronghost "/CN=wrong.example.invalid" "DNS:wrong.example.invalid" \
            "$now" "$later"
        rm -rf "$work"/*.csr "$work"/*.cnf "$work"/*.index* "$work"/*.serial* "$work/issued"
        chmod 600 "$work"/*.key "$work"/*-keystore.pem
        touch "$work/.complete"
        rm -rf "$CERT_DIR"
        mv "$work" "$CERT_DIR"
    fi
    exec 7>&-
}

# Appends the secured listeners, TLS, SASL and the authorizer to the plain broker's config.
write_secure_config() { # PLAIN_PORT SASL_SSL_PORT SSL_PORT CONTROLLER_PORT
    local plain="$1" saslssl="$2" ssl="$3" cport="$4" p="$STATE/server.properties"
    sed -i -e "s|^listeners=.*|listeners=PLAINTEXT://127.0.0.1:$plain,SASL_SSL://127.0.0.1:$saslssl,SSL://127.0.0.1:$ssl,CONTROLLER://127.0.0.1:$cport|" \
        -e "s|^advertised.listeners=.*|advertised.listeners=PLAINTEXT://127.0.0.1:$plain,SASL_SSL://127.0.0.1:$saslssl,SSL://127.0.0.1:$ssl|" \
        -e "s|^listener.security.protocol.map=.*|listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,SSL:SSL|" \
        "$p"
    cat >>"$p" <<EOF
# --- secured listeners (kafka.sh start --secure)
ssl.keystore.type=PEM
ssl.keystore.location=$CERT_DIR/broker-keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=$CERT_DIR/ca.pem
listener.name.ssl.ssl.client.auth=required
ssl.principal.mapping.rules=RULE:^CN=([^,]+)(,.*)?\$/\$1/,DEFAULT
sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_$SECURE_ADMIN_USER="$SECURE_ADMIN_PASSWORD" user_$SECURE_RESTRICTED_USER="$SECURE_RESTRICTED_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:ANONYMOUS;User:$SECURE_ADMIN_USER;User:$SECURE_CLIENT_CN
EOF
}

# StorageTool arguments that create the SCRAM users with the cluster's first metadata.
secure_format_args() {
    printf '%s\n' --add-scram "SCRAM-SHA-512=[name=$SECURE_ADMIN_USER,password=$SECURE_ADMIN_PASSWORD]" \
        --add-scram "SCRAM-SHA-512=[name=$SECURE_RESTRICTED_USER,password=$SECURE_RESTRICTED_PASSWORD]"
}

write_client_properties() { # PLAIN_PORT SASL_SSL_PORT SSL_PORT
    local plain="$1" saslssl="$2" ssl="$3"
    local trust="ssl.truststore.type=PEM
ssl.truststore.location=$CERT_DIR/ca.pem"
    # Owner-only: the files hold (test) passwords.
    local oldumask
    oldumask="$(umask)"
    umask 077
    cat >"$STATE/plaintext.properties" <<EOF
bootstrap.servers=127.0.0.1:$plain
security.protocol=PLAINTEXT
EOF
    cat >"$STATE/sasl_ssl.properties" <<EOF
bootstrap.servers=127.0.0.1:$saslssl
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$SECURE_ADMIN_USER" password="$SECURE_ADMIN_PASSWORD";
$trust
EOF
    cat >"$STATE/ssl.properties" <<EOF
bootstrap.servers=127.0.0.1:$ssl
security.protocol=SSL
$trust
ssl.keystore.type=PEM
ssl.keystore.location=$CERT_DIR/client-keystore.pem
EOF
    cat >"$STATE/restricted.properties" <<EOF
bootstrap.servers=127.0.0.1:$saslssl
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$SECURE_RESTRICTED_USER" password="$SECURE_RESTRICTED_PASSWORD";
$trust
EOF
    umask "$oldumask"
    {
        printf 'PLAINTEXT 127.0.0.1:%s %s\n' "$plain" "$STATE/plaintext.properties"
        printf 'SASL_SSL 127.0.0.1:%s %s\n' "$saslssl" "$STATE/sasl_ssl.properties"
        printf 'SSL 127.0.0.1:%s %s\n' "$ssl" "$STATE/ssl.properties"
        printf 'RESTRICTED 127.0.0.1:%s %s\n' "$saslssl" "$STATE/restricted.properties"
    } >"$STATE/listeners"
}

# Topics and ACLs of a fresh secured broker, made over the PLAINTEXT (super user) listener. The
# JVM tools run side by side: each costs seconds of start-up, they do not depend on each other.
setup_secure_cluster() {
    local bootstrap="$1" pids=() pid failed=0 t
    for t in public.orders secret.payments private.audit; do
        "$0" tool topics --bootstrap-server "$bootstrap" --create --topic "$t" --partitions 2 \
            >>"$STATE/logs/setup.log" 2>&1 &
        pids+=($!)
    done
    local who="User:$SECURE_RESTRICTED_USER"
    "$0" tool acls --bootstrap-server "$bootstrap" --add --allow-principal "$who" \
        --operation Read --topic public. --group public. --resource-pattern-type prefixed \
        >>"$STATE/logs/setup.log" 2>&1 &
    pids+=($!)
    "$0" tool acls --bootstrap-server "$bootstrap" --add --allow-principal "$who" \
        --operation Describe --topic secret. --resource-pattern-type prefixed \
        >>"$STATE/logs/setup.log" 2>&1 &
    pids+=($!)
    for pid in "${pids[@]}"; do
        wait "$pid" || failed=1
    done
    if ((failed)); then
        tail -n 40 "$STATE/logs/setup.log" >&2
        die "could not create the secured broker's topics and ACLs"
    fi
}
