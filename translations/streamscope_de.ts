<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../app/InitialConnection.cpp" line="+19"/>
        <source>-X %1: expected key=value, e.g. -X client.id=me.</source>
        <translation>-X %1: key=value erwartet, z. B. -X client.id=me.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No bootstrap servers: give --bootstrap HOST:PORT or set bootstrap.servers in the config file.</source>
        <translation>Keine Bootstrap-Server: Geben Sie --bootstrap HOST:PORT an oder setzen Sie bootstrap.servers in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings File Damaged</source>
        <translation>Einstellungsdatei beschädigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Unknown Profile</source>
        <translation>Unbekanntes Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no saved connection profile called “%1”.</source>
        <translation>Es gibt kein gespeichertes Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profile called “%1” could be read: %2</source>
        <translation>Kein Profil namens „%1“ konnte gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile “%1” cannot be used: %2</source>
        <translation>Das Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>AvroDecoder</name>
    <message>
        <location filename="../core/schema/AvroDecoder.cpp" line="+65"/>
        <source>the Avro schema nests too deep</source>
        <translation>das Avro-Schema ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown Avro type %1</source>
        <translation>unbekannter Avro-Typ %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>malformed Avro schema</source>
        <translation>fehlerhaftes Avro-Schema</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an Avro enum without symbols</source>
        <translation>ein Avro-Enum ohne Symbole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed Avro enum symbol</source>
        <translation>fehlerhaftes Avro-Enum-Symbol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an Avro record without fields</source>
        <translation>ein Avro-Record ohne Felder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed Avro field</source>
        <translation>fehlerhaftes Avro-Feld</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>schema %1 is not valid JSON</source>
        <translation>Schema %1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avro schema %1 does not parse</source>
        <translation>Avro-Schema %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avro schema %1 cannot be compiled</source>
        <translation>Avro-Schema %1 lässt sich nicht übersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avro schema %1 cannot be instantiated</source>
        <translation>Avro-Schema %1 lässt sich nicht instanziieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the bytes do not match the Avro schema</source>
        <translation>die Bytes passen nicht zum Avro-Schema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the bytes do not match the Avro schema (bytes left after the record)</source>
        <translation>die Bytes passen nicht zum Avro-Schema (Bytes nach dem Record übrig)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the Avro value cannot be shown as JSON</source>
        <translation>der Avro-Wert lässt sich nicht als JSON darstellen</translation>
    </message>
</context>
<context>
    <name>BootstrapAddress</name>
    <message>
        <location filename="../core/cluster/BootstrapAddress.cpp" line="+46"/>
        <source>Invalid bootstrap server &quot;%1&quot;: %2</source>
        <translation>Ungültiger Bootstrap-Server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid bootstrap servers: an empty entry in the list (expected HOST:PORT,HOST:PORT).</source>
        <translation>Ungültige Bootstrap-Server: leerer Eintrag in der Liste (erwartet: HOST:PORT,HOST:PORT).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it contains a space or a character that is not allowed in a host name</source>
        <translation>er enthält ein Leerzeichen oder ein in Hostnamen unzulässiges Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the IPv6 address has no closing &quot;]&quot;</source>
        <translation>der IPv6-Adresse fehlt die schließende &quot;]&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;:PORT&quot; after the IPv6 address</source>
        <translation>&quot;:PORT&quot; nach der IPv6-Adresse erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>the port after &quot;:&quot; is missing</source>
        <translation>der Port nach &quot;:&quot; fehlt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write an IPv6 address in brackets, as in [::1]:9092</source>
        <translation>schreiben Sie IPv6-Adressen in eckigen Klammern, etwa [::1]:9092</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the host is missing</source>
        <translation>der Host fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>&quot;%1&quot; ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the port is missing: write host:port, e.g. %1:9092</source>
        <translation>der Port fehlt: schreiben Sie host:port, z. B. %1:9092</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1 is not a number from 1 to 65535</source>
        <translation>Port %1 ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bootstrap servers given (expected HOST:PORT).</source>
        <translation>Keine Bootstrap-Server angegeben (erwartet: HOST:PORT).</translation>
    </message>
</context>
<context>
    <name>Browse</name>
    <message>
        <location filename="../core/browse/BrowseFetch.cpp" line="+40"/>
        <location line="+8"/>
        <source>topic &quot;%1&quot; does not exist</source>
        <translation>Topic „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>topic &quot;%1&quot; has no partition %2</source>
        <translation>Topic „%1“ hat keine Partition %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the offsets of partition %1 of &quot;%2&quot; could not be read</source>
        <translation>die Offsets von Partition %1 von „%2“ konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>offsets for a time of partition %1 could not be read (error %2)</source>
        <translation>die Offsets zu einer Zeit von Partition %1 konnten nicht gelesen werden (Fehler %2)</translation>
    </message>
    <message>
        <location filename="../core/browse/BrowseRequest.cpp" line="+56"/>
        <source>&quot;%1&quot; is not an ISO-8601 time (like 2026-12-02T10:00:00Z)</source>
        <translation>„%1“ ist keine ISO-8601-Zeit (etwa 2026-12-02T10:00:00Z)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot;: expected -N with a count N</source>
        <translation>„%1“: erwartet -N mit einer Anzahl N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: expected offset:N with an offset N &gt;= 0, or offset:P=N,P=N per partition</source>
        <translation>„%1“: erwartet offset:N mit einem Offset N &gt;= 0 oder offset:P=N,P=N je Partition</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot;: expected offset:N (stop before offset N), or offset:P=N,P=N per partition</source>
        <translation>„%1“: erwartet offset:N (Halt vor Offset N) oder offset:P=N,P=N je Partition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: expected end, count:N, time:ISO-8601, offset:N or live</source>
        <translation>„%1“: erwartet end, count:N, time:ISO-8601, offset:N oder live</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&quot;%1&quot;: expected beginning, end, -N, offset:N or time:ISO-8601</source>
        <translation>„%1“: erwartet beginning, end, -N, offset:N oder time:ISO-8601</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot;: expected count:N with a count N &gt;= 0</source>
        <translation>„%1“: erwartet count:N mit einer Anzahl N &gt;= 0</translation>
    </message>
    <message>
        <location filename="../core/browse/MessageStore.cpp" line="+67"/>
        <source>Stopped at the memory limit of %1 MiB with %2 messages loaded. Narrow the range or use a filter while fetching to keep only what matters.</source>
        <translation>Beim Speicherlimit von %1 MiB mit %2 geladenen Nachrichten angehalten. Grenzen Sie den Bereich ein oder filtern Sie schon beim Laden, damit nur das Wichtige bleibt.</translation>
    </message>
</context>
<context>
    <name>ClusterSession</name>
    <message>
        <location filename="../core/session/ClusterSession.cpp" line="+23"/>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/session/ClusterPoller.cpp" line="+44"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 refused the login: %2. Not retrying: correct the credentials and connect again.</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2. Kein neuer Versuch: Korrigieren Sie die Zugangsdaten und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No broker answered at %1: %2. Retrying every %3 s.</source>
        <translation>Kein Broker unter %1 hat geantwortet: %2. Neuer Versuch alle %3 s.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+22"/>
        <source>streamscope-cli %1</source>
        <translation>streamscope-cli %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bootstrap servers (host:port,...).</source>
        <translation>Bootstrap-Server (host:port,...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>librdkafka property key=value.</source>
        <translation>librdkafka-Eigenschaft key=value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client config file (Java client.properties or kcat -F).</source>
        <translation>Client-Konfigurationsdatei (Java client.properties oder kcat -F).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 expects %2 from %3 to %4, got &quot;%5&quot;</source>
        <translation>--%1 erwartet %2 von %3 bis %4, erhalten: &quot;%5&quot;</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../app/cli/SimulateCommand.cpp" line="+435"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+83"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>-X expects key=value, got &quot;%1&quot;</source>
        <translation>-X erwartet key=value, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no bootstrap servers: pass -b HOST:PORT</source>
        <translation>keine Bootstrap-Server: -b HOST:PORT angeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(streamscope-cli %1 --help lists the options)</source>
        <translation>(streamscope-cli %1 --help listet die Optionen auf)</translation>
    </message>
    <message>
        <location filename="../app/cli/TopicsCommand.cpp" line="+17"/>
        <source>Cluster %1, controller %2</source>
        <translation>Cluster %1, Controller %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ThroughputCommand.cpp" line="+4"/>
        <source>warning: the same failure repeated %n more time(s)</source>
        <translation>
            <numerusform>Warnung: derselbe Fehler trat noch %n-mal auf</numerusform>
            <numerusform>Warnung: derselbe Fehler trat noch %n-mal auf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>deleted during the window</source>
        <translation>während des Fensters gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>re-created during the window; rate over its last %1 s</source>
        <translation>während des Fensters neu angelegt; Rate über die letzten %1 s</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Window %1 s, %2 samples; cluster %3 msgs/s</source>
        <translation>Fenster %1 s, %2 Messungen; Cluster %3 Nachr./s</translation>
    </message>
    <message>
        <location filename="../app/cli/LagCommand.cpp" line="+130"/>
        <source>ETA %1 s</source>
        <translation>Aufholen in %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not gaining</source>
        <translation>holt nicht auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>falling behind by %1 msgs/s</source>
        <translation>fällt um %1 Nachr./s zurück</translation>
    </message>
    <message>
        <location filename="../app/cli/GraphCommand.cpp" line="+44"/>
        <source>(unknown producer of %1)</source>
        <translation>(unbekannter Produzent von %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 services, %2 topics, %3 edges</source>
        <translation>%1 Services, %2 Topics, %3 Kanten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/LagCommand.cpp" line="+24"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of records</source>
        <translation>%1 % der Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no members</source>
        <translation>keine Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>ruht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trace-confirmed</source>
        <translation>per Trace bestätigt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>confirmed: %1 -&gt; %2 -&gt; %3 (%n shared trace(s))</source>
        <translation>
            <numerusform>bestätigt: %1 -&gt; %2 -&gt; %3 (%n gemeinsamer Trace)</numerusform>
            <numerusform>bestätigt: %1 -&gt; %2 -&gt; %3 (%n gemeinsame Traces)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print Graphviz DOT instead of a table.</source>
        <translation>Graphviz-DOT statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest records read per topic for producer identities (default 200).</source>
        <translation>Neueste Nachrichten, die je Topic für die Produzenten-Kennung gelesen werden (Standard 200).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds between the two samples that give topic rates (default 2).</source>
        <translation>Sekunden zwischen den beiden Messungen, die die Topic-Raten ergeben (Standard 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A producer without a record this recent is idle, in seconds (default 60).</source>
        <translation>Ein Produzent ohne so junge Nachricht ruht, in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Producers whose last record is older are left out, in seconds (default 600).</source>
        <translation>Produzenten, deren letzte Nachricht älter ist, entfallen, in Sekunden (Standard 600).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for the consumer groups (default 15).</source>
        <translation>Sekunden Wartezeit auf die Consumer-Gruppen (Standard 15).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Naming rules file (lines &quot;header NAME&quot;, &quot;library REGEX&quot;, &quot;rewrite REGEX =&gt; REPLACEMENT&quot;); default: the built-in rules.</source>
        <translation>Datei mit Namensregeln (Zeilen &quot;header NAME&quot;, &quot;library REGEX&quot;, &quot;rewrite REGEX =&gt; ERSATZ&quot;); Standard: die eingebauten Regeln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--json and --dot exclude each other</source>
        <translation>--json und --dot schließen einander aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>records</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--sample takes a whole number of records</source>
        <translation>--sample erwartet eine ganze Zahl von Nachrichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot sample: %1</source>
        <translation>Messung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: no consumer groups within %1 s (the lag monitor published none): consume edges are missing</source>
        <translation>Warnung: keine Consumer-Gruppen innerhalb von %1 s (der Lag-Monitor hat keine gemeldet): Konsumkanten fehlen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <location filename="../app/cli/LagCommand.cpp" line="+1"/>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL_LAG</source>
        <translation>GESAMT_LAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME_LAG_S</source>
        <translation>ZEIT_LAG_S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA / TREND</source>
        <translation>AUFHOLEN / TREND</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+11"/>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMITTED</source>
        <translation>COMMITTED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <location filename="../app/cli/GraphCommand.cpp" line="-171"/>
        <location filename="../app/cli/LagCommand.cpp" line="+1"/>
        <source>LAG</source>
        <translation>LAG</translation>
    </message>
    <message>
        <location filename="../app/cli/LagCommand.cpp" line="-35"/>
        <source>No consumer groups visible: the cluster has none, or its ACLs hide them from this user (a group is listed only with DESCRIBE permission on it).</source>
        <translation>Keine Consumer-Gruppen sichtbar: Der Cluster hat keine, oder seine ACLs verbergen sie vor diesem Benutzer (eine Gruppe wird nur mit DESCRIBE-Berechtigung auf ihr aufgelistet).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no commit</source>
        <translation>kein Commit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consumer groups: committed offset, end offset and lag per partition, time lag, catch-up estimate and status (OK, WARN, STALL, STOP, REWIND, ERR, UNKNOWN).
Takes --samples samples --interval seconds apart (default 3 samples, 1 s: about 2 s) and prints the last; status, rates and ETA come from the change between samples, so with --samples 1 they are UNKNOWN unless the lag is 0.</source>
        <translation>Consumer-Gruppen: committeter Offset, End-Offset und Lag pro Partition, zeitlicher Rückstand, Aufhol-Schätzung und Status (OK, WARN, STALL, STOP, REWIND, ERR, UNKNOWN).
Nimmt --samples Stichproben im Abstand von --interval Sekunden (Standard 3 Stichproben, 1 s: etwa 2 s) und gibt die letzte aus; Status, Raten und Aufholzeit ergeben sich aus der Änderung zwischen den Stichproben, mit --samples 1 sind sie daher UNKNOWN, außer der Lag ist 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only this group (repeatable). Default: every group.</source>
        <translation>Nur diese Gruppe (mehrfach möglich). Standard: alle Gruppen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samples to take (default 3).</source>
        <translation>Anzahl der Stichproben (Standard 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between samples (default 1).</source>
        <translation>Sekunden zwischen den Stichproben (Standard 1).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot read consumer groups of %1: %2</source>
        <translation>Consumer-Gruppen von %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: sample %1 failed, showing sample %2: %3</source>
        <translation>Warnung: Stichprobe %1 fehlgeschlagen, Stichprobe %2 wird gezeigt: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no consumer group named %1</source>
        <translation>keine Consumer-Gruppe namens %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GraphCommand.cpp" line="-1"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+1"/>
        <source>MSGS/S</source>
        <translation>MSGS/S</translation>
    </message>
    <message>
        <location filename="../app/cli/ThroughputCommand.cpp" line="-154"/>
        <source>not authorized</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>END_OFFSET</source>
        <translation>END_OFFSET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skew %1</source>
        <translation>Skew %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hot partition %1 (%2%)</source>
        <translation>Hot-Partition %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 partitions measured</source>
        <translation>%1 von %2 Partitionen gemessen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GraphCommand.cpp" line="+76"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+19"/>
        <source>Only this topic (repeatable). Default: all topics.</source>
        <translation>Nur dieses Topic (wiederholbar). Standard: alle Topics.</translation>
    </message>
    <message>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+2"/>
        <source>Seconds to measure over (default 10).</source>
        <translation>Messdauer in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between samples inside the window (default 1).</source>
        <translation>Sekunden zwischen den Messungen innerhalb des Fensters (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/GraphCommand.cpp" line="-22"/>
        <location filename="../app/cli/LagCommand.cpp" line="-51"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+2"/>
        <location filename="../app/cli/TopicsCommand.cpp" line="+41"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="+37"/>
        <source>--listen expects HOST:PORT, got &quot;%1&quot;</source>
        <translation>--listen erwartet HOST:PORT, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--listen: the port must be 0-65535, got &quot;%1&quot;</source>
        <translation>--listen: der Port muss 0-65535 sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--listen: cannot resolve &quot;%1&quot;: %2</source>
        <translation>--listen: &quot;%1&quot; kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Address and port to serve /metrics on (default 127.0.0.1:9308; port 0 picks a free one).</source>
        <translation>Adresse und Port für /metrics (Standard 127.0.0.1:9308; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds between reads of the cluster (1-60, default 5).</source>
        <translation>Sekunden zwischen zwei Abfragen des Clusters (1-60, Standard 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only consumer groups whose whole id matches this regular expression.</source>
        <translation>Nur Consumer-Gruppen, deren ganze ID auf diesen regulären Ausdruck passt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only topics whose whole name matches this regular expression.</source>
        <translation>Nur Topics, deren ganzer Name auf diesen regulären Ausdruck passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+2"/>
        <location filename="../app/cli/TopicsCommand.cpp" line="+3"/>
        <source>Include internal topics (__consumer_offsets, ...).</source>
        <translation>Interne Topics einbeziehen (__consumer_offsets, ...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of the cluster label (default: the cluster id).</source>
        <translation>Wert des Labels cluster (Standard: die Cluster-ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds after which figures that could not be refreshed are dropped (default: 60, at least 3 intervals).</source>
        <translation>Sekunden, nach denen Werte, die nicht aktualisiert werden konnten, wegfallen (Standard: 60, mindestens 3 Intervalle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take one sample, print it (or write --textfile) and exit.</source>
        <translation>Eine Messung nehmen, ausgeben (oder in --textfile schreiben) und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every sample to this file (atomic rename), for node_exporter&apos;s textfile collector.</source>
        <translation>Jede Messung in diese Datei schreiben (atomares Umbenennen), für den Textfile-Collector von node_exporter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --once: seconds to wait for a complete sample (default 60).</source>
        <translation>Mit --once: Sekunden, die auf eine vollständige Messung gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--textfile expects a file name</source>
        <translation>--textfile erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cluster did not answer: %1</source>
        <translation>der Cluster hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rates within %1 s</source>
        <translation>keine Raten innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot listen on %1</source>
        <translation>auf %1 kann nicht gelauscht werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: cannot write %1: %2</source>
        <translation>Warnung: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>serving http://%1:%2/metrics</source>
        <translation>liefere http://%1:%2/metrics</translation>
    </message>
    <message>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+82"/>
        <source>sample failed: %1</source>
        <translation>Messung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer than two samples succeeded; no rate over the window (last error: %1)</source>
        <translation>weniger als zwei Messungen erfolgreich; keine Rate über das Fenster (letzter Fehler: %1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>measured only %1 s of the requested %2 s window: %3</source>
        <translation>nur %1 s des angeforderten Fensters von %2 s gemessen: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>topic(s) deleted during the window: %1</source>
        <translation>während des Fensters gelöschte Topics: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClusterSample.cpp" line="+24"/>
        <source>cannot sample %1: %2</source>
        <translation>Messung von %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GraphCommand.cpp" line="+73"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="-91"/>
        <source>unknown topic &quot;%1&quot;</source>
        <translation>unbekanntes Topic &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/TopicsCommand.cpp" line="+15"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: offsets unavailable: </source>
        <translation>Warnung: Offsets nicht verfügbar: </translation>
    </message>
    <message>
        <location filename="../app/cli/SimulateCommand.cpp" line="-349"/>
        <source>Scenario: a built-in name (demo) or a JSON file. Default: demo.</source>
        <translation>Szenario: ein eingebauter Name (demo) oder eine JSON-Datei. Standard: demo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after this many seconds (default: run until interrupted).</source>
        <translation>Nach so vielen Sekunden anhalten (Standard: bis zum Abbruch laufen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed for keys, field values, duplicates and reorderings.</source>
        <translation>Seed für Schlüssel, Feldwerte, Duplikate und Umordnungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefix added to every topic and group name.</source>
        <translation>Präfix für jeden Topic- und Gruppennamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suffix added to every topic and group name.</source>
        <translation>Suffix für jeden Topic- und Gruppennamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the final summary as JSON.</source>
        <translation>Die abschließende Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the built-in scenarios.</source>
        <translation>Die eingebauten Szenarien auflisten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--seed expects a non-negative integer, got &quot;%1&quot;</source>
        <translation>--seed erwartet eine nicht negative ganze Zahl, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+34"/>
        <source>stalled</source>
        <translation>steht still</translation>
    </message>
    <message>
        <location filename="../app/cli/GraphCommand.cpp" line="-35"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location filename="../app/cli/LagCommand.cpp" line="+13"/>
        <location filename="../app/cli/ServeCommand.cpp" line="-77"/>
        <location line="+7"/>
        <location line="+6"/>
        <location filename="../app/cli/SimulateCommand.cpp" line="-94"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="-32"/>
        <location line="+4"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/SimulateCommand.cpp" line="+25"/>
        <source>%1 &quot;%2&quot; contains &quot;%3&quot;: topic names allow only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>%1 &quot;%2&quot; enthält &quot;%3&quot;: Topic-Namen erlauben nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>consumed nothing</source>
        <translation>nichts konsumiert</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>falls behind (%n records behind)</source>
        <translation>
            <numerusform>fällt zurück (%n Nachricht im Rückstand)</numerusform>
            <numerusform>fällt zurück (%n Nachrichten im Rückstand)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps up</source>
        <translation>hält Schritt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>produced %1/s:</source>
        <translation>produziert %1/s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> consumed/s:</source>
        <translation> konsumiert/s:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last error: </source>
        <translation>letzter Fehler: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario %1 ran %2 s (seed %3)
</source>
        <translation>Szenario %1 lief %2 s (Seed %3)
</translation>
    </message>
    <message>
        <location filename="../app/cli/LagCommand.cpp" line="-53"/>
        <location filename="../app/cli/SimulateCommand.cpp" line="+5"/>
        <location line="+21"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="-85"/>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <location filename="../app/cli/SimulateCommand.cpp" line="-20"/>
        <source>PARTITIONS</source>
        <translation>PARTITIONS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERED</source>
        <translation>DELIVERED</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>RATE/S</source>
        <translation>RATE/S</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>EXPECTED/S</source>
        <translation>EXPECTED/S</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>DUPLICATES</source>
        <translation>DUPLICATES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REORDERED</source>
        <translation>REORDERED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../app/cli/LagCommand.cpp" line="-23"/>
        <location filename="../app/cli/SimulateCommand.cpp" line="+13"/>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <location filename="../app/cli/SimulateCommand.cpp" line="+2"/>
        <source>CONSUMED</source>
        <translation>CONSUMED</translation>
    </message>
    <message>
        <location filename="../app/cli/LagCommand.cpp" line="+1"/>
        <location filename="../app/cli/SimulateCommand.cpp" line="+3"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/cli/SimulateCommand.cpp" line="+131"/>
        <source>Stopping (interrupted)...</source>
        <translation>Wird beendet (abgebrochen)...</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>schema registered: </source>
        <translation>Schema registriert: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulating %1 on %2 (seed %3, %4). Ctrl-C stops.</source>
        <translation>Simuliere %1 auf %2 (Seed %3, %4). Strg-C beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until interrupted</source>
        <translation>bis zum Abbruch</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n record(s) could not be delivered</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht zugestellt werden</numerusform>
            <numerusform>%n Nachrichten konnten nicht zugestellt werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was delivered or consumed in the last %1 s</source>
        <translation>in den letzten %1 s wurde nichts zugestellt oder konsumiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (last error: %1)</source>
        <translation> (letzter Fehler: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the simulation did not run as asked: %1</source>
        <translation>die Simulation lief nicht wie verlangt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BrowseCommand.cpp" line="+52"/>
        <source>The topic to read (required).</source>
        <translation>Das zu lesende Topic (erforderlich).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this partition (repeatable). Default: all.</source>
        <translation>Nur diese Partition (wiederholbar). Standard: alle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only messages matching this display filter (see README).</source>
        <translation>Nur Nachrichten, die diesen Anzeigefilter erfüllen (siehe README).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object per message (the default).</source>
        <translation>Ein JSON-Objekt pro Nachricht ausgeben (Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print only the number of matches.</source>
        <translation>Nur die Anzahl der Treffer ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge partitions in timestamp order (default: as fetched, each partition in offset order).</source>
        <translation>Partitionen nach Zeitstempel zusammenführen (Standard: wie gelesen, jede Partition in Offset-Reihenfolge).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give exactly one --topic</source>
        <translation>genau ein --topic angeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--partition: &quot;%1&quot; is not a partition number</source>
        <translation>--partition: „%1“ ist keine Partitionsnummer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--count and --jsonl exclude each other</source>
        <translation>--count und --jsonl schließen sich aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bad filter at position %1: %2</source>
        <translation>ungültiger Filter an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ReplayCommand.cpp" line="+115"/>
        <source>The source topic.</source>
        <translation>Das Quell-Topic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this source partition (repeatable). Default: all.</source>
        <translation>Nur diese Quellpartition (mehrfach möglich). Standard: alle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay only records matching this filter (browse syntax).</source>
        <translation>Nur Datensätze wiedergeben, die auf diesen Filter passen (Syntax von browse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay the record at partition P, offset O (repeatable; instead of --from/--until/--partition).</source>
        <translation>Den Datensatz in Partition P bei Offset O wiederholen (wiederholbar; statt --from/--until/--partition).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay the records listed in this file: partition:offset pairs, one or more per line (- reads standard input).</source>
        <translation>Die in dieser Datei aufgelisteten Datensätze wiederholen: Paare Partition:Offset, eines oder mehrere je Zeile (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target topic.</source>
        <translation>Das Ziel-Topic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to the cluster of this saved connection profile (its sandbox flag and prefix apply).</source>
        <translation>In den Cluster dieses gespeicherten Verbindungsprofils schreiben (dessen Sandbox-Kennzeichen und Präfix gelten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to this cluster, declared a sandbox (same security settings as the source).</source>
        <translation>In diesen Cluster schreiben, als Sandbox erklärt (gleiche Sicherheitseinstellungen wie die Quelle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same | key | roundrobin (default same).</source>
        <translation>same | key | roundrobin (Standard same).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit: N (messages/s) or N MB/s.</source>
        <translation>Ratenlimit: N (Nachrichten/s) oder N MB/s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stamp records with the current time instead of the original.</source>
        <translation>Datensätze mit der aktuellen Zeit statt der ursprünglichen versehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not add the streamscope-replay-id and streamscope-source headers.</source>
        <translation>Die Header streamscope-replay-id und streamscope-source nicht hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count, show the first records and the target partition spread; write nothing.</source>
        <translation>Zählen, die ersten Datensätze und die Verteilung auf Zielpartitionen zeigen; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not read the target back to compare digests.</source>
        <translation>Das Ziel nicht zurücklesen, um Prüfsummen zu vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transactional producers writing in parallel, each owning the target partitions p % N (default 3; at most one per partition).</source>
        <translation>Transaktionale Producer, die parallel schreiben; jeder besitzt die Zielpartitionen p % N (Standard 3; höchstens einer pro Partition).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records per transaction and producer (default 20000).</source>
        <translation>Datensätze pro Transaktion und Producer (Standard 20000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Schema Registry the target cluster&apos;s consumers use; when it is not the source&apos;s, replay says that the copied schema ids point into the source&apos;s registry.</source>
        <translation>Die Schema Registry, die die Consumer des Zielclusters nutzen; ist es nicht die der Quelle, sagt replay, dass die kopierten Schema-IDs in die Registry der Quelle zeigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--topic is required</source>
        <translation>--topic ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to is required</source>
        <translation>--to ist erforderlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to-profile and --sandbox-cluster exclude each other</source>
        <translation>--to-profile und --sandbox-cluster schließen einander aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--partition needs a partition number, not &quot;%1&quot;</source>
        <translation>--partition braucht eine Partitionsnummer, nicht „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--until live never ends: a replay needs an end</source>
        <translation>--until live endet nie: eine Wiedergabe braucht ein Ende</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--offset/--offsets name the records already; leave out --%1</source>
        <translation>--offset/--offsets benennen die Datensätze bereits; lassen Sie --%1 weg</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--partitioning must be same, key or roundrobin, not &quot;%1&quot;</source>
        <translation>--partitioning muss same, key oder roundrobin sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rate must be a positive number of messages/s, or N MB/s</source>
        <translation>--rate muss eine positive Zahl Nachrichten/s sein oder N MB/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 must be a number from 1 to %2, not &quot;%3&quot;</source>
        <translation>--%1 muss eine Zahl von 1 bis %2 sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no saved connection profile named &quot;%1&quot;</source>
        <translation>kein gespeichertes Verbindungsprofil namens „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile &quot;%1&quot; needs a password, which is never saved; use --sandbox-cluster with -X instead</source>
        <translation>das Profil „%1“ braucht ein Passwort, das nie gespeichert wird; stattdessen --sandbox-cluster mit -X verwenden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>note: records are copied byte for byte; framed keys and values keep the schema ids of %1, which may name other schemas (or none) in the target&apos;s registry %2. Register the schemas there under the same ids before consumers read the copy.</source>
        <translation>Hinweis: Datensätze werden Byte für Byte kopiert; gerahmte Schlüssel und Werte behalten die Schema-IDs von %1, die in der Registry des Ziels %2 andere Schemas (oder keines) bezeichnen können. Registrieren Sie die Schemas dort unter denselben IDs, bevor Consumer die Kopie lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the source&apos;s registry</source>
        <translation>der Registry der Quelle</translation>
    </message>
    <message>
        <location filename="../app/cli/SchemaRegistryOptions.cpp" line="+17"/>
        <source>Decode Avro, Protobuf and JSON Schema payloads through this Confluent-compatible Schema Registry (e.g. http://localhost:8081 or .../apis/ccompat/v7).</source>
        <translation>Avro-, Protobuf- und JSON-Schema-Nutzdaten über diese Confluent-kompatible Schema Registry dekodieren (z. B. http://localhost:8081 oder .../apis/ccompat/v7).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basic auth for the Schema Registry: USER:PASSWORD.</source>
        <translation>Basic Auth für die Schema Registry: BENUTZER:PASSWORT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM file of the CA that signed the Schema Registry&apos;s certificate.</source>
        <translation>PEM-Datei der CA, die das Zertifikat der Schema Registry signiert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM client certificate for mutual TLS with the Schema Registry.</source>
        <translation>PEM-Client-Zertifikat für gegenseitiges TLS mit der Schema Registry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM private key (RSA or EC, unencrypted) of that certificate. Default: the certificate file.</source>
        <translation>Privater PEM-Schlüssel (RSA oder EC, unverschlüsselt) zu diesem Zertifikat. Standard: die Zertifikatsdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept any certificate from the Schema Registry (tests only).</source>
        <translation>Jedes Zertifikat der Schema Registry akzeptieren (nur für Tests).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 needs --schema-registry</source>
        <translation>--%1 braucht --schema-registry</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--schema-registry: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--schema-registry: „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--schema-registry-auth: give USER:PASSWORD</source>
        <translation>--schema-registry-auth: BENUTZER:PASSWORT angeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--schema-registry-key needs --schema-registry-cert</source>
        <translation>--schema-registry-key braucht --schema-registry-cert</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+65"/>
        <source>records checked: %1</source>
        <translation>geprüfte Records: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicates: %1 (same payload %2, different payload %3; identity: %4)</source>
        <translation>Duplikate: %1 (gleicher Inhalt %2, anderer Inhalt %3; Identität: %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>payload differs</source>
        <translation>Inhalt weicht ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order violations: %1 (sequence: %2); keys on several partitions: %3</source>
        <translation>Reihenfolgeverletzungen: %1 (Sequenz: %2); Keys auf mehreren Partitionen: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>key %1: %2 at %3/%4@%5 after %6 at @%7 (gap %8)</source>
        <translation>Key %1: %2 bei %3/%4@%5 nach %6 bei @%7 (Abstand %8)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[schema %1]</source>
        <translation>[Schema %1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[schema %1, %2]</source>
        <translation>[Schema %1, %2]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed: invalid JSON %1, missing headers %2, empty payload %3</source>
        <translation>fehlerhaft: ungültiges JSON %1, fehlende Header %2, leerer Inhalt %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flow latency:</source>
        <translation>Ablauf-Latenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> no traces</source>
        <translation> keine Traces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>traces: %1, completed %2, incomplete %3, pending %4; saga p50 %5, p99 %6</source>
        <translation>Traces: %1, abgeschlossen %2, unvollständig %3, offen %4; Saga p50 %5, p99 %6</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A topic to check (required, repeatable).</source>
        <translation>Ein zu prüfendes Topic (erforderlich, mehrfach möglich).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event identity: header:NAME or a JSON field path. Default: header ce_id, else field id or event_id, else key and value.</source>
        <translation>Die Identität eines Events: header:NAME oder ein JSON-Feldpfad. Standard: Header ce_id, sonst Feld id oder event_id, sonst Key und Wert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sequence field (JSON path) for order per key. Default: seq, sequence or version, else the record time.</source>
        <translation>Das Sequenzfeld (JSON-Pfad) für die Reihenfolge je Key. Standard: seq, sequence oder version, sonst die Record-Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event type: header:NAME or a JSON path. Default: header ce_type, else field type or event_type.</source>
        <translation>Der Event-Typ: header:NAME oder ein JSON-Pfad. Standard: Header ce_type, sonst Feld type oder event_type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schema version: header:NAME or a JSON path. Default: field schema_version, else header ce_dataschema.</source>
        <translation>Die Schemaversion: header:NAME oder ein JSON-Pfad. Standard: Feld schema_version, sonst Header ce_dataschema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A header every record must carry (repeatable).</source>
        <translation>Ein Header, den jeder Record tragen muss (mehrfach möglich).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds within which a trace must complete. Default: 60.</source>
        <translation>Sekunden, in denen ein Trace abgeschlossen sein muss. Standard: 60.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examples per finding. Default: 20.</source>
        <translation>Beispiele je Befund. Standard: 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit with 4 when one of these checks finds something: a comma list of duplicates, order, versions, malformed, latency.</source>
        <translation>Mit 4 beenden, wenn eine dieser Prüfungen etwas findet: eine Komma-Liste aus duplicates, order, versions, malformed, latency.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give at least one --topic</source>
        <translation>mindestens ein --topic angeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--until live never ends: a check needs an end</source>
        <translation>--until live endet nie: eine Prüfung braucht ein Ende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--fail-on: unknown check &quot;%1&quot; (one of %2)</source>
        <translation>--fail-on: unbekannte Prüfung &quot;%1&quot; (eine von %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="+15"/>
        <source>usage: streamscope-cli COMMAND [options]

commands:
  topics      brokers, topics and partitions of a cluster (--json)
  throughput  msgs/s per topic and partition over a window (--json)
  lag         consumer groups: committed offsets, lag, status (--json)
  simulate    produce a simulated microservice choreography
  reset-offsets  move a consumer group&apos;s committed offsets (dry run unless --execute)
  serve       Prometheus exporter: /metrics with throughput, offsets and lag
  graph       the service dependency graph inferred from live traffic (--json, --dot)
  browse      read a topic (no group), filter, print JSON Lines or a count
  replay      copy records (a range, filtered) into a sandbox topic, verified (--json)
  check       event health: duplicates, order per key, versions, malformed, latency

Every command takes -b HOST:PORT, -X key=value (librdkafka) and --config FILE.
streamscope-cli COMMAND --help shows a command&apos;s options; --version prints versions.

exit status: 0 done, 1 failed while running, 2 usage error (a bad option, value,
file or an extra argument; nothing was tried); replay: 3 target refused by the
sandbox guard (nothing written); check: 4 a --fail-on check found something.
</source>
        <translation>Aufruf: streamscope-cli BEFEHL [Optionen]

Befehle:
  topics      Broker, Topics und Partitionen eines Clusters (--json)
  throughput  Nachr./s pro Topic und Partition über ein Zeitfenster (--json)
  lag         Consumer-Gruppen: committete Offsets, Lag, Status (--json)
  simulate    erzeugt eine simulierte Microservice-Choreografie
  reset-offsets  verschiebt die committeten Offsets einer Consumer-Gruppe (Probelauf ohne --execute)
  serve       Prometheus-Exporter: /metrics mit Durchsatz, Offsets und Lag
  graph       der aus dem laufenden Verkehr ermittelte Service-Abhängigkeitsgraph (--json, --dot)
  browse      liest ein Topic (ohne Gruppe), filtert, gibt JSON Lines oder eine Anzahl aus
  replay      kopiert Records (einen Bereich, gefiltert) in ein Sandbox-Topic, geprüft (--json)
  check       Event-Gesundheit: Duplikate, Reihenfolge je Key, Versionen, fehlerhafte Records, Latenz

Jeder Befehl akzeptiert -b HOST:PORT, -X key=value (librdkafka) und --config DATEI.
streamscope-cli BEFEHL --help zeigt die Optionen eines Befehls; --version gibt die Versionen aus.

Exit-Status: 0 erledigt, 1 Fehler während der Ausführung, 2 Aufruffehler (falsche
Option, falscher Wert, falsche Datei oder überzähliges Argument; nichts versucht); replay: 3 Ziel
vom Sandbox-Schutz abgelehnt (nichts geschrieben); check: 4 eine --fail-on-Prüfung hat etwas gefunden.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RangeOptions.cpp" line="+19"/>
        <source>Where to start in each partition: beginning, end, -N (N before the end), offset:N, offset:P=N,P=N (only those partitions, each from its own offset) or time:ISO-8601. Default: beginning.</source>
        <translation>Wo jede Partition beginnt: beginning, end, -N (N vor dem Ende), offset:N, offset:P=N,P=N (nur diese Partitionen, jede ab ihrem eigenen Offset) oder time:ISO-8601. Standard: beginning.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to stop: end (the log end when started), count:N (N matches), time:ISO-8601, offset:N or offset:P=N,P=N (before that offset) or live (follow). Default: end.</source>
        <translation>Wo aufgehört wird: end (das Log-Ende beim Start), count:N (N Treffer), time:ISO-8601, offset:N oder offset:P=N,P=N (vor diesem Offset) oder live (weiter folgen). Standard: end.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to stop: end (the log end when started), count:N, time:ISO-8601, offset:N or offset:P=N,P=N (before that offset). Default: end.</source>
        <translation>Wo aufgehört wird: end (das Log-Ende beim Start), count:N, time:ISO-8601, offset:N oder offset:P=N,P=N (vor diesem Offset). Standard: end.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/cluster/ConnectionProfile.cpp" line="+141"/>
        <source>The saved security protocol &quot;%1&quot; is unknown: choose PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.</source>
        <translation>Das gespeicherte Sicherheitsprotokoll &quot;%1&quot; ist unbekannt: Wählen Sie PLAINTEXT, SSL, SASL_PLAINTEXT oder SASL_SSL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved SASL mechanism &quot;%1&quot; is unknown: choose PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.</source>
        <translation>Der gespeicherte SASL-Mechanismus &quot;%1&quot; ist unbekannt: Wählen Sie PLAIN, SCRAM-SHA-256 oder SCRAM-SHA-512.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Empty property name.</source>
        <translation>Leerer Eigenschaftsname.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown security.protocol &quot;%1&quot;.</source>
        <translation>Unbekanntes security.protocol &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsupported SASL mechanism &quot;%1&quot; (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512).</source>
        <translation>Nicht unterstützter SASL-Mechanismus &quot;%1&quot; (PLAIN, SCRAM-SHA-256 oder SCRAM-SHA-512).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sasl.jaas.config: the login module %1 is not supported (PlainLoginModule or ScramLoginModule, for PLAIN or SCRAM).</source>
        <translation>sasl.jaas.config: Das Login-Modul %1 wird nicht unterstützt (PlainLoginModule oder ScramLoginModule, für PLAIN oder SCRAM).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sasl.jaas.config has no username.</source>
        <translation>sasl.jaas.config enthält keinen username.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>schema.registry.url: &quot;%1&quot; is not an http(s) URL.</source>
        <translation>schema.registry.url: „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>sasl.jaas.config is not &quot;&lt;LoginModule&gt; required username=... password=...;&quot;.</source>
        <translation>sasl.jaas.config hat nicht die Form &quot;&lt;LoginModule&gt; required username=... password=...;&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sasl.jaas.config: expected key=value at position %1.</source>
        <translation>sasl.jaas.config: key=value erwartet an Position %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>sasl.jaas.config: the value of %1 has no closing quote.</source>
        <translation>sasl.jaas.config: Dem Wert von %1 fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line %1 is not key=value: &quot;%2&quot;</source>
        <translation>Zeile %1 hat nicht die Form key=value: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Java key store %1 is not supported; convert it to PEM and set the client certificate and key files.</source>
        <translation>Java-Keystore %1 wird nicht unterstützt; wandeln Sie ihn in PEM um und geben Sie die Dateien für Client-Zertifikat und -Schlüssel an.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Java trust store %1 is not supported; export its CA certificate to a PEM file and set it as CA file.</source>
        <translation>Java-Truststore %1 wird nicht unterstützt; exportieren Sie sein CA-Zertifikat in eine PEM-Datei und geben Sie diese als CA-Datei an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Config file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Config file %1 is %2.</source>
        <translation>Konfigurationsdatei %1 ist %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Config file %1: %2</source>
        <translation>Konfigurationsdatei %1: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/exporter/MetricsRenderer.cpp" line="+21"/>
        <source>%1: bad regular expression &quot;%2&quot; at position %3: %4</source>
        <translation>%1: ungültiger regulärer Ausdruck &quot;%2&quot; an Position %3: %4</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../core/browse/Filter.cpp" line="+33"/>
        <source>fields: topic, partition, offset, timestamp, key, value, size, header.NAME, value.PATH (value.order.items[0].sku)</source>
        <translation>Felder: topic, partition, offset, timestamp, key, value, size, header.NAME, value.PATH (value.order.items[0].sku)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value: &quot;text&quot;, 42, true, false, null, 2026-12-02T10:00:00Z or now - 5m</source>
        <translation>ein Wert: &quot;Text&quot;, 42, true, false, null, 2026-12-02T10:00:00Z oder now - 5m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an operator (== != &lt; &lt;= &gt; &gt;= contains matches in), and, or, or )</source>
        <translation>ein Operator (== != &lt; &lt;= &gt; &gt;= contains matches in), and, or oder )</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>a single =</source>
        <translation>ein einzelnes =</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use == to compare</source>
        <translation>zum Vergleichen == verwenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a single &amp;</source>
        <translation>ein einzelnes &amp;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use &amp;&amp; or and</source>
        <translation>&amp;&amp; oder and verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a single |</source>
        <translation>ein einzelnes |</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use || or or</source>
        <translation>|| oder or verwenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>close it with %1</source>
        <translation>mit %1 abschließen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bad \u escape</source>
        <translation>ungültiges \u-Escape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four hex digits: \u00e9</source>
        <translation>vier Hex-Ziffern: \u00e9</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown escape \%1</source>
        <translation>unbekanntes Escape \%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escapes: \&quot; \&apos; \\ \n \t \r \0 \uXXXX</source>
        <translation>Escapes: \&quot; \&apos; \\ \n \t \r \0 \uXXXX</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not an ISO-8601 time</source>
        <translation>„%1“ ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>like 2026-12-02T10:00:00Z or 2026-12-02</source>
        <translation>etwa 2026-12-02T10:00:00Z oder 2026-12-02</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>unbekannte Einheit „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units: ms, s, m, h, d, w (now - 5m)</source>
        <translation>Einheiten: ms, s, m, h, d, w (now - 5m)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unmatched )</source>
        <translation>) ohne passende (</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartet: „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>join conditions with and / or</source>
        <translation>Bedingungen mit and / or verbinden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>more than %1 conditions</source>
        <translation>mehr als %1 Bedingungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing )</source>
        <translation>) fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected )</source>
        <translation>) erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close the ( at position %1</source>
        <translation>die ( an Position %1 schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expression ends too early</source>
        <translation>der Ausdruck endet zu früh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field: %1</source>
        <translation>ein Feld: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a field, found &quot;%1&quot;</source>
        <translation>Feld erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>header name missing</source>
        <translation>Header-Name fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header.NAME, like header.content-type</source>
        <translation>header.NAME, etwa header.content-type</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty name in the JSON path</source>
        <translation>leerer Name im JSON-Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>like value.order.items[0].sku</source>
        <translation>etwa value.order.items[0].sku</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>array index expected</source>
        <translation>Array-Index erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number in brackets: items[0]</source>
        <translation>eine Zahl in Klammern: items[0]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected &quot;%1&quot; in the JSON path</source>
        <translation>unerwartet im JSON-Pfad: „%1“</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a number must follow -</source>
        <translation>nach - muss eine Zahl folgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a duration alone is not a time</source>
        <translation>eine Dauer allein ist keine Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative times start at now: now - %1</source>
        <translation>relative Zeiten beginnen mit now: now - %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a duration must follow</source>
        <translation>eine Dauer muss folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>like 5m, 30s, 2h, 1d</source>
        <translation>etwa 5m, 30s, 2h, 1d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a value, found &quot;%1&quot;</source>
        <translation>Wert erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected an operator, found &quot;%1&quot;</source>
        <translation>Operator erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected { after in</source>
        <translation>nach in wird { erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>a set: in {&quot;a&quot;, &quot;b&quot;, 3}</source>
        <translation>eine Menge: in {&quot;a&quot;, &quot;b&quot;, 3}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>expected , or }</source>
        <translation>, oder } erwartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>null only compares with == and !=</source>
        <translation>null lässt sich nur mit == und != vergleichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>this field is a number</source>
        <translation>dieses Feld ist eine Zahl</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a time: 2026-12-02T10:00:00Z, now - 5m, or ms</source>
        <translation>eine Zeit: 2026-12-02T10:00:00Z, now - 5m oder ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>a number, like 42</source>
        <translation>eine Zahl, etwa 42</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 works on text, this field is a number</source>
        <translation>%1 gilt für Text, dieses Feld ist eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use == != &lt; &lt;= &gt; &gt;= or in</source>
        <translation>== != &lt; &lt;= &gt; &gt;= oder in verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches takes a regular expression string</source>
        <translation>matches erwartet einen regulären Ausdruck als Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>like matches &quot;^order-[0-9]+$&quot;</source>
        <translation>etwa matches &quot;^order-[0-9]+$&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains takes text or a number</source>
        <translation>contains erwartet Text oder eine Zahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <location filename="../core/common/InputLimits.cpp" line="+26"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is a directory, not a file</source>
        <translation>%1 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 is larger than %2; is it the right file?</source>
        <translation>%1 ist größer als %2; ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a text file (a NUL byte at offset %1)</source>
        <translation>keine Textdatei (NUL-Byte an Offset %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a UTF-8 text file (an invalid byte at offset %1)</source>
        <translation>keine UTF-8-Textdatei (ungültiges Byte an Offset %1)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1duplicate key &quot;%2&quot; (each key may appear once in an object)</source>
        <translation>%1doppelter Schlüssel &quot;%2&quot; (jeder Schlüssel darf in einem Objekt nur einmal vorkommen)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1nested deeper than %2 levels</source>
        <translation>%1tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
</context>
<context>
    <name>KafkaClient</name>
    <message>
        <location filename="../core/kafka/ClientConfig.cpp" line="+39"/>
        <source>Client property %1 is too long (%2 bytes; at most %3): the broker would reject every request</source>
        <translation>Client-Eigenschaft %1 ist zu lang (%2 Byte; höchstens %3): Der Broker würde jede Anfrage ablehnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No bootstrap servers given.</source>
        <translation>Keine Bootstrap-Server angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create a Kafka client configuration.</source>
        <translation>Kafka-Client-Konfiguration kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invalid client property %1: %2</source>
        <translation>Ungültige Client-Eigenschaft %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/RdErrors.cpp" line="+51"/>
        <source>librdkafka could not create an object (%1).</source>
        <translation>librdkafka konnte kein Objekt erstellen (%1).</translation>
    </message>
    <message>
        <location filename="../core/kafka/GroupConsumer.cpp" line="+51"/>
        <source>Cannot create Kafka consumer: %1</source>
        <translation>Kafka-Consumer kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/RdErrors.cpp" line="+6"/>
        <source>librdkafka refused the topic name &quot;%1&quot;.</source>
        <translation>librdkafka hat den Topic-Namen &quot;%1&quot; abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClient.cpp" line="+39"/>
        <source>No broker answered (%1)</source>
        <translation>Kein Broker hat geantwortet (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster did not answer in time (%1)</source>
        <translation>Der Cluster hat nicht rechtzeitig geantwortet (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed: check user name and password (%1)</source>
        <translation>Authentifizierung fehlgeschlagen: Prüfen Sie Benutzername und Passwort (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: check CA, certificate and key (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen: Prüfen Sie CA, Zertifikat und Schlüssel (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not authorized (%1)</source>
        <translation>Nicht autorisiert (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The broker does not offer the SASL mechanism %1 (it offers %2): choose one of those</source>
        <translation>Der Broker bietet den SASL-Mechanismus %1 nicht an (er bietet %2): Wählen Sie einen davon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The broker does not offer this SASL mechanism: choose another</source>
        <translation>Der Broker bietet diesen SASL-Mechanismus nicht an: Wählen Sie einen anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker refused the login: wrong user name or password, or an unknown user (check them and the SASL mechanism)</source>
        <translation>Der Broker hat die Anmeldung abgelehnt: falscher Benutzername oder falsches Passwort oder unbekannter Benutzer (prüfen Sie diese und den SASL-Mechanismus)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The broker refused the client certificate (none was sent, or the broker does not trust it): set the client certificate and key</source>
        <translation>Der Broker hat das Client-Zertifikat abgelehnt (keines gesendet, oder der Broker vertraut ihm nicht): Legen Sie Client-Zertifikat und Schlüssel fest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS handshake failed: the broker&apos;s certificate could not be verified (untrusted CA, expired, or made out to another host)</source>
        <translation>TLS-Handshake fehlgeschlagen: Das Zertifikat des Brokers konnte nicht geprüft werden (nicht vertrauenswürdige CA, abgelaufen oder für einen anderen Host ausgestellt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS handshake failed: the port closed the connection during the handshake; it is probably a plaintext listener (check security.protocol)</source>
        <translation>TLS-Handshake fehlgeschlagen: Der Port hat die Verbindung während des Handshakes geschlossen; vermutlich ein Klartext-Listener (prüfen Sie security.protocol)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS handshake failed: check CA, certificate and key</source>
        <translation>TLS-Handshake fehlgeschlagen: Prüfen Sie CA, Zertifikat und Schlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The port answered with TLS: it is a TLS listener, set security.protocol to SSL or SASL_SSL</source>
        <translation>Der Port antwortet mit TLS: ein TLS-Listener; setzen Sie security.protocol auf SSL oder SASL_SSL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Kafka broker: unexpected response (it begins with &quot;%1&quot;)</source>
        <translation>Kein Kafka-Broker: unerwartete Antwort (sie beginnt mit &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a Kafka broker: unexpected response</source>
        <translation>Kein Kafka-Broker: unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The port closed the connection at the first request: it is probably a TLS listener spoken to in plaintext (set security.protocol to SSL or SASL_SSL), or not a Kafka broker</source>
        <translation>Der Port hat die Verbindung bei der ersten Anfrage geschlossen: Wahrscheinlich ein TLS-Listener, der im Klartext angesprochen wurde (setzen Sie security.protocol auf SSL oder SASL_SSL), oder kein Kafka-Broker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port closed the connection without answering: not a Kafka broker, a TLS listener spoken to in plaintext (check security.protocol), or a request the broker rejected</source>
        <translation>Der Port hat die Verbindung ohne Antwort geschlossen: kein Kafka-Broker, ein im Klartext angesprochener TLS-Listener (prüfen Sie security.protocol) oder eine vom Broker abgelehnte Anfrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timed out waiting for the broker&apos;s answer: the port accepts connections but does not answer like a Kafka broker</source>
        <translation>Zeitüberschreitung beim Warten auf die Antwort des Brokers: Der Port nimmt Verbindungen an, antwortet aber nicht wie ein Kafka-Broker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed out connecting: no answer from the host (firewall or wrong address?)</source>
        <translation>Zeitüberschreitung beim Verbinden: keine Antwort vom Host (Firewall oder falsche Adresse?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused: nothing listens on that port</source>
        <translation>Verbindung abgelehnt: Auf diesem Port lauscht nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create Kafka client: %1</source>
        <translation>Kafka-Client kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientGroups.cpp" line="+398"/>
        <source>The broker refused to reset the offsets of group &quot;%1&quot;: it has active members. Kafka resets offsets only of an empty group; stop its consumers and try again.</source>
        <translation>Der Broker hat das Zurücksetzen der Offsets der Gruppe &quot;%1&quot; abgelehnt: Sie hat aktive Mitglieder. Kafka setzt Offsets nur für eine leere Gruppe zurück; beenden Sie ihre Consumer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClient.cpp" line="+120"/>
        <location filename="../core/kafka/KafkaClientGroups.cpp" line="-360"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientAdmin.cpp" line="+44"/>
        <source>Unexpected admin result from librdkafka.</source>
        <translation>Unerwartetes Admin-Ergebnis von librdkafka.</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientGroups.cpp" line="+328"/>
        <source>The broker answered for %1 groups instead of one.</source>
        <translation>Der Broker hat für %1 Gruppen statt für eine geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientAdmin.cpp" line="+29"/>
        <source>Invalid topic %1: %2</source>
        <translation>Ungültiges Topic %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/Producer.cpp" line="+36"/>
        <source>Cannot create Kafka producer: %1</source>
        <translation>Kafka-Producer kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientGroups.cpp" line="-45"/>
        <source>The broker sent no answer for the group.</source>
        <translation>Der Broker hat für die Gruppe keine Antwort geschickt.</translation>
    </message>
    <message>
        <location filename="../core/kafka/TlsVerifyProblems.cpp" line="+47"/>
        <source>the broker&apos;s certificate has expired</source>
        <translation>das Zertifikat des Brokers ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker&apos;s certificate is not valid yet (check the clocks)</source>
        <translation>das Zertifikat des Brokers ist noch nicht gültig (prüfen Sie die Uhren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the broker&apos;s certificate is not made out to %1 (host name mismatch: use a name the certificate lists)</source>
        <translation>das Zertifikat des Brokers ist nicht für %1 ausgestellt (Hostname stimmt nicht überein: Verwenden Sie einen Namen, den das Zertifikat nennt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the broker&apos;s certificate is not signed by a trusted CA (set the CA file, ssl.ca.location)</source>
        <translation>das Zertifikat des Brokers ist nicht von einer vertrauenswürdigen CA signiert (legen Sie die CA-Datei fest, ssl.ca.location)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the broker&apos;s certificate was refused (OpenSSL verify error %1)</source>
        <translation>das Zertifikat des Brokers wurde abgelehnt (OpenSSL-Prüffehler %1)</translation>
    </message>
    <message>
        <location filename="../core/kafka/TransactionalProducer.cpp" line="+52"/>
        <source>Cannot start transactions on the target cluster: %1</source>
        <translation>Transaktionen auf dem Zielcluster können nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Lag</name>
    <message>
        <location filename="../core/lag/LagCalculator.cpp" line="+89"/>
        <source>The members of this group cannot be described: it uses the new consumer protocol (KIP-848), which librdkafka 2.0.2 cannot describe. Committed offsets and lag are exact.</source>
        <translation>Die Mitglieder dieser Gruppe können nicht beschrieben werden: Sie nutzt das neue Consumer-Protokoll (KIP-848), das librdkafka 2.0.2 nicht beschreiben kann. Committete Offsets und Lag sind exakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The members of this group could not be described: %1</source>
        <translation>Die Mitglieder dieser Gruppe konnten nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../core/lag/LagMonitor.cpp" line="+100"/>
        <source>The consumer groups could not be listed: %1</source>
        <translation>Die Consumer-Gruppen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/lag/LagRules.cpp" line="+38"/>
        <source>No offset committed for this partition.</source>
        <translation>Für diese Partition ist kein Offset committet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end offset of this partition could not be read.</source>
        <translation>Der End-Offset dieser Partition konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Committed offset %1 is beyond the end offset %2: the topic was truncated or re-created.</source>
        <translation>Der committete Offset %1 liegt hinter dem End-Offset %2: Das Topic wurde gekürzt oder neu angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Committed offset %1 is below the log start offset %2: %3 messages were deleted before the group read them.</source>
        <translation>Der committete Offset %1 liegt vor dem Log-Start-Offset %2: %3 Nachrichten wurden gelöscht, bevor die Gruppe sie gelesen hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caught up: committed offset %1 is the end offset.</source>
        <translation>Aufgeholt: Der committete Offset %1 ist der End-Offset.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lag is %1 messages; the group was caught up %2 s ago, within the window.</source>
        <translation>Der Lag beträgt %1 Nachrichten; die Gruppe war vor %2 s, innerhalb des Fensters, auf dem aktuellen Stand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The committed offset went back from %1 to %2 (%3 s ago).</source>
        <translation>Der committete Offset ist von %1 auf %2 zurückgegangen (vor %3 s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lag is %1 messages; collecting samples (%2 of %3) before judging the trend.</source>
        <translation>Lag: %1 Nachrichten; Stichproben werden gesammelt (%2 von %3), bevor der Trend bewertet wird.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No commit for %1 s and no consumer owns the partition, while %2 messages wait at committed offset %3.</source>
        <translation>Seit %1 s kein Commit, und kein Consumer ist der Partition zugeteilt, während %2 Nachrichten beim committeten Offset %3 warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commit for %1 s, longer than the %2 s the window&apos;s commits span, while %3 messages wait at committed offset %4.</source>
        <translation>Seit %1 s kein Commit, länger als die %2 s, über die sich die Commits des Fensters erstrecken, während %3 Nachrichten beim committeten Offset %4 warten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The committed offset stayed at %1 for %2 s while the lag is %3 messages: the consumer is alive but makes no progress.</source>
        <translation>Der committete Offset steht seit %2 s bei %1, während der Lag %3 Nachrichten beträgt: Der Consumer lebt, kommt aber nicht voran.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lag did not shrink in the last %1 samples (%2 s): from %3 to %4 messages while the committed offset moved.</source>
        <translation>Der Lag ist in den letzten %1 Stichproben (%2 s) nicht gesunken: von %3 auf %4 Nachrichten, obwohl sich der committete Offset bewegt hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lag is %1 messages and the consumer keeps up: the committed offset moved by %2 in the last %3 s.</source>
        <translation>Lag: %1 Nachrichten, der Consumer hält Schritt: Der committete Offset ist in den letzten %3 s um %2 vorgerückt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The group could not be read: %1</source>
        <translation>Die Gruppe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The group has no committed offsets.</source>
        <translation>Die Gruppe hat keine committeten Offsets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All partitions are OK; total lag %1 messages.</source>
        <translation>Alle Partitionen sind OK; Lag insgesamt %1 Nachrichten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total lag %1 messages exceeds the threshold of %2.</source>
        <translation>Der Gesamt-Lag von %1 Nachrichten überschreitet den Schwellwert %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time lag %1 s exceeds the threshold of %2 s.</source>
        <translation>Der zeitliche Rückstand von %1 s überschreitet den Schwellwert von %2 s.</translation>
    </message>
    <message>
        <location filename="../core/lag/OffsetReset.cpp" line="+19"/>
        <source>The connection profile &quot;%1&quot; is read-only: nothing may write to this cluster. Clear &quot;Read-only&quot; in the profile to reset offsets.</source>
        <translation>Das Verbindungsprofil &quot;%1&quot; ist schreibgeschützt: Nichts darf in diesen Cluster schreiben. Entfernen Sie &quot;Schreibgeschützt&quot; im Profil, um Offsets zurückzusetzen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nothing to reset: no partition of the plan can be moved.</source>
        <translation>Nichts zurückzusetzen: Keine Partition des Plans kann verschoben werden.</translation>
    </message>
    <message>
        <location filename="../core/lag/OffsetResetPlan.cpp" line="+35"/>
        <source>Nothing to reset: group &quot;%1&quot; has no partitions to move (no committed offsets and no topic chosen).</source>
        <translation>Nichts zurückzusetzen: Gruppe &quot;%1&quot; hat keine Partitionen zum Verschieben (keine committeten Offsets und kein Topic gewählt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An offset must be 0 or more, got %1.</source>
        <translation>Ein Offset muss 0 oder größer sein, erhalten: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not in the cluster (topic or partition deleted?)</source>
        <translation>nicht im Cluster (Topic oder Partition gelöscht?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start and end offsets could not be read</source>
        <translation>Start- und End-Offset konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the offset for this time could not be read</source>
        <translation>der Offset für diesen Zeitpunkt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no record at or after this time: the end offset</source>
        <translation>kein Datensatz ab diesem Zeitpunkt: der End-Offset</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no committed offset to shift from</source>
        <translation>kein committeter Offset, von dem aus verschoben werden kann</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is before the log start: moved to %2</source>
        <translation>%1 liegt vor dem Log-Anfang: auf %2 gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is past the end: moved to %2</source>
        <translation>%1 liegt hinter dem Ende: auf %2 gesetzt</translation>
    </message>
</context>
<context>
    <name>LagReader</name>
    <message>
        <location filename="../core/lag/LagReader.cpp" line="+26"/>
        <source>not authorized: this user may not DESCRIBE the group (the cluster&apos;s ACLs must allow DESCRIBE or READ on Group:%1)</source>
        <translation>nicht berechtigt: Dieser Benutzer darf die Gruppe nicht beschreiben (die ACLs des Clusters müssen DESCRIBE oder READ auf Group:%1 erlauben)</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../models/overview/BrokerTableModel.cpp" line="+95"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This broker is the active controller of the cluster.</source>
        <translation>Dieser Broker ist der aktive Controller des Clusters.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/lag/LagDetailModel.cpp" line="+91"/>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location filename="../models/lag/LagFormat.cpp" line="+32"/>
        <location filename="../models/lag/LagGroupModel.cpp" line="+160"/>
        <source>no commit</source>
        <translation>kein Commit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../models/lag/LagGroupModel.cpp" line="+2"/>
        <source>%1 (+%n no commit)</source>
        <translation>
            <numerusform>%1 (+%n ohne Commit)</numerusform>
            <numerusform>%1 (+%n ohne Commit)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Member id: %1</source>
        <translation>Mitglieds-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group has never committed an offset for this partition: its lag is unknown (not 0)</source>
        <translation>Die Gruppe hat für diese Partition nie einen Offset committet: Ihr Lag ist unbekannt (nicht 0)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Topic / partition</source>
        <translation>Topic / Partition</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/lag/LagGroupModel.cpp" line="+162"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../models/lag/LagGroupModel.cpp" line="+10"/>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/lag/LagGroupModel.cpp" line="+2"/>
        <source>Time lag</source>
        <translation>Zeitverzug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/overview/BrokerTableModel.cpp" line="+2"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../models/overview/BrokerTableModel.cpp" line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaders</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/overview/PartitionTableModel.cpp" line="+166"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../models/overview/PartitionTableModel.cpp" line="-71"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../models/overview/TopicTableModel.cpp" line="+143"/>
        <source>Metadata error code %1</source>
        <translation>Metadaten-Fehlercode %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This partition has no leader: it is offline.</source>
        <translation>Diese Partition hat keinen Leader und ist daher offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation>Unterrepliziert: %1 von %2 Replikaten synchron</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offsets could not be read (error code %1)</source>
        <translation>Offsets konnten nicht gelesen werden (Fehlercode %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offsets not read yet</source>
        <translation>Offsets noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../models/browse/BrowseMessageModel.cpp" line="+414"/>
        <location filename="../models/checks/CheckFindingsModel.cpp" line="+30"/>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(tombstone)</source>
        <translation>(Tombstone)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Decoded from %1 with schema %2</source>
        <translation>Aus %1 mit Schema %2 decodiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not decoded (schema %1): %2. Shown: the bytes as they are.</source>
        <translation>Nicht decodiert (Schema %1): %2. Angezeigt: die Bytes, wie sie sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binary or not UTF-8: shown as hex bytes</source>
        <translation>Binär oder kein UTF-8: als Hex-Bytes gezeigt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../models/overview/PartitionTableModel.cpp" line="+14"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../models/overview/PartitionTableModel.cpp" line="+2"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start offset</source>
        <translation>Start-Offset</translation>
    </message>
    <message>
        <location filename="../models/lag/LagDetailModel.cpp" line="-8"/>
        <location filename="../models/overview/PartitionTableModel.cpp" line="+2"/>
        <source>End offset</source>
        <translation>End-Offset</translation>
    </message>
    <message>
        <location filename="../models/overview/PartitionTableModel.cpp" line="+2"/>
        <location filename="../models/overview/TopicTableModel.cpp" line="+25"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Broker that leads this partition</source>
        <translation>Broker, der Leader dieser Partition ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokers holding a replica, preferred leader first</source>
        <translation>Broker mit einem Replikat, bevorzugter Leader zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-sync replicas: replicas that are caught up with the leader</source>
        <translation>In-Sync-Replikate: Replikate, die mit dem Leader gleichauf sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log start offset: the oldest offset still retained</source>
        <translation>Log-Start-Offset: der älteste noch vorgehaltene Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High watermark: the offset the next record will get</source>
        <translation>High Watermark: der Offset, den die nächste Nachricht erhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End offset minus start offset</source>
        <translation>End-Offset minus Start-Offset</translation>
    </message>
    <message>
        <location filename="../models/common/RateFormat.cpp" line="+67"/>
        <source>%1 msgs/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≈ %1 %2B/s</source>
        <translation>≈ %1 %2B/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+58"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compacted</source>
        <translation>kompaktiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transactional</source>
        <translation>transaktional</translation>
    </message>
    <message>
        <location filename="../models/overview/TopicTableModel.cpp" line="-70"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+127"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="-125"/>
        <source>configs not authorized</source>
        <translation>Konfiguration nicht berechtigt</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>%1 ▲ P%2</source>
        <translation>%1 ▲ P%2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No rate: the offsets could not be read</source>
        <translation>Keine Rate: Die Offsets konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rate yet: it needs two samples</source>
        <translation>Noch keine Rate: Dafür sind zwei Messungen nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (smoothed over the last few seconds)</source>
        <translation>%1 (geglättet über die letzten Sekunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sample: %1</source>
        <translation>Letzte Messung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 partitions measured; the others are left out of the sum, not counted as 0</source>
        <translation>%1 von %2 Partitionen gemessen; die übrigen fehlen in der Summe, statt als 0 gezählt zu werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offsets added since Streamscope started watching</source>
        <translation>%1 Offsets hinzugekommen, seit Streamscope das Topic beobachtet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One partition: no skew possible</source>
        <translation>Eine Partition: kein Skew möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No traffic, no skew</source>
        <translation>Kein Datenverkehr, kein Skew</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skew %1: busiest partition rate / mean partition rate (1.00× is even, %2× is all traffic in one)</source>
        <translation>Skew %1: Rate der aktivsten Partition / mittlere Partitionsrate (1,00× ist gleichmäßig, %2× heißt: gesamter Datenverkehr in einer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partition %1 carries %2% of the traffic%3</source>
        <translation>Partition %1 trägt %2 % des Datenverkehrs%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: a hot partition</source>
        <translation>: eine Hot-Partition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No estimate yet: no records of this topic were sampled</source>
        <translation>Noch keine Schätzung: Von diesem Topic wurden noch keine Nachrichten als Stichprobe gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: msgs/s × mean sampled record size (%1 bytes: key, value and headers, before compression)</source>
        <translation>Schätzung: Nachr./s × mittlere Größe der Stichproben-Nachrichten (%1 Byte: Schlüssel, Wert und Header, vor der Komprimierung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offsets of 1 partition could not be read this tick: it has no rate (not 0)</source>
        <translation>Die Offsets von 1 Partition konnten in dieser Messung nicht gelesen werden: Sie hat keine Rate (nicht 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offsets of %1 partitions could not be read this tick: they have no rate (not 0)</source>
        <translation>Die Offsets von %1 Partitionen konnten in dieser Messung nicht gelesen werden: Sie haben keine Rate (nicht 0)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>msgs/s over the last %1 samples</source>
        <translation>Nachr./s über die letzten %1 Messungen</translation>
    </message>
    <message>
        <location filename="../models/overview/TopicTableModel.cpp" line="+43"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="-36"/>
        <source>Internal topic</source>
        <translation>Internes Topic</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+13"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+2"/>
        <source>msgs/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <location filename="../models/lag/LagGroupModel.cpp" line="-182"/>
        <location filename="../widgets/lag/LagGroupsPanel.cpp" line="+127"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>not evaluated yet: the status needs a few samples</source>
        <translation>noch nicht bewertet: Der Status braucht einige Messungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n partition(s) without a committed offset: their lag is unknown and not counted as 0</source>
        <translation>
            <numerusform>%n Partition ohne committeten Offset: Ihr Lag ist unbekannt und wird nicht als 0 gezählt</numerusform>
            <numerusform>%n Partitionen ohne committeten Offset: Ihr Lag ist unbekannt und wird nicht als 0 gezählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long ago the newest message the group has consumed was produced (the slowest partition)</source>
        <translation>Wie lange es her ist, dass die neueste von der Gruppe verarbeitete Nachricht produziert wurde (langsamste Partition)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catch-up</source>
        <translation>Aufholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+2"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluated over a sliding window of samples: OK, WARN (lag keeps growing), STALL (no progress while behind), STOP (no commits for longer than the window), REWIND (offset went back), ERR</source>
        <translation>Über ein gleitendes Fenster von Messungen bewertet: OK, WARN (Lag wächst weiter), STALL (kein Fortschritt trotz Rückstand), STOP (länger als das Fenster keine Commits), REWIND (Offset ging zurück), ERR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages behind: end offset minus committed offset, summed over the partitions with a commit</source>
        <translation>Nachrichten im Rückstand: End-Offset minus committeter Offset, summiert über die Partitionen mit Commit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the group catches up at its current consumption rate against the produce rate, or by how much it falls behind</source>
        <translation>Wann die Gruppe bei ihrer aktuellen Verarbeitungsrate gegenüber der Produktionsrate aufholt, oder um wie viel sie zurückfällt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total lag over the last %1 samples</source>
        <translation>Gesamt-Lag über die letzten %1 Messungen</translation>
    </message>
    <message>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+2"/>
        <source>Produced</source>
        <translation>Produziert</translation>
    </message>
    <message>
        <location filename="../models/overview/TopicTableModel.cpp" line="+2"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+2"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+2"/>
        <source>Skew</source>
        <translation>Skew</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ Bytes/s</source>
        <translation>≈ Byte/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages per second from end-offset deltas, smoothed over a few seconds. “?”: unknown (never shown as 0); “≥”: some partitions could not be measured</source>
        <translation>Nachrichten pro Sekunde aus End-Offset-Differenzen, über einige Sekunden geglättet. „?“: unbekannt (nie als 0 angezeigt); „≥“: einige Partitionen konnten nicht gemessen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages produced since Streamscope started watching (offsets added; includes transaction markers)</source>
        <translation>Seit Beginn der Beobachtung durch Streamscope produzierte Nachrichten (hinzugekommene Offsets; einschließlich Transaktionsmarkern)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busiest partition rate / mean partition rate; ▲ marks a hot partition that carries most of the traffic</source>
        <translation>Rate der aktivsten Partition / mittlere Partitionsrate; ▲ markiert eine Hot-Partition, die den Großteil des Datenverkehrs trägt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated payload bytes per second: msgs/s × mean size of sampled records (uncompressed, without batch overhead). An estimate, not a measurement</source>
        <translation>Geschätzte Nutzdaten-Bytes pro Sekunde: Nachr./s × mittlere Größe der Stichproben-Nachrichten (unkomprimiert, ohne Batch-Overhead). Eine Schätzung, keine Messung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable partitions; compacted or transactional topics, whose offset-based counts include gaps or control records</source>
        <translation>Nicht lesbare Partitionen; kompaktierte oder transaktionale Topics, deren Offset-basierte Zählungen Lücken oder Kontrolldatensätze enthalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/overview/TopicTableModel.cpp" line="-18"/>
        <source>%n partition(s) without a leader</source>
        <translation>
            <numerusform>%n Partition ohne Leader</numerusform>
            <numerusform>%n Partitionen ohne Leader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n partition(s) under-replicated</source>
        <translation>
            <numerusform>%n Partition unterrepliziert</numerusform>
            <numerusform>%n Partitionen unterrepliziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offsets of %n partition(s) could not be read</source>
        <translation>
            <numerusform>Offsets von %n Partition konnten nicht gelesen werden</numerusform>
            <numerusform>Offsets von %n Partitionen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replication factor (largest replica set of any partition)</source>
        <translation>Replikationsfaktor (größte Replikatmenge aller Partitionen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records retained: end offset minus start offset, summed over partitions (includes transaction markers and compaction gaps)</source>
        <translation>Vorgehaltene Nachrichten: End-Offset minus Start-Offset, summiert über alle Partitionen (einschließlich Transaktionsmarkern und Kompaktierungslücken)</translation>
    </message>
    <message>
        <location filename="../models/overview/BrokerTableModel.cpp" line="+5"/>
        <source>Partitions this broker leads (internal topics not counted)</source>
        <translation>Partitionen, deren Leader dieser Broker ist (interne Topics nicht mitgezählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partition replicas stored on this broker (internal topics not counted)</source>
        <translation>Partitionsreplikate auf diesem Broker (interne Topics nicht mitgezählt)</translation>
    </message>
    <message>
        <location filename="../models/browse/MessageExport.cpp" line="+117"/>
        <location line="+41"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/browse/MessageFormat.cpp" line="+19"/>
        <source>Create time (set by the producer)</source>
        <translation>Erstellzeit (vom Producer gesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log append time (set by the broker)</source>
        <translation>Log-Anhängezeit (vom Broker gesetzt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/graph/GraphLayout.cpp" line="+141"/>
        <source>Graphviz could not read the graph.</source>
        <translation>Graphviz konnte den Graphen nicht lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen.</translation>
    </message>
    <message>
        <location filename="../models/lag/LagFormat.cpp" line="-16"/>
        <location line="+3"/>
        <location filename="../models/replay/ReplayHistoryModel.cpp" line="+16"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ETA %1</source>
        <translation>fertig in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lag steady (no ETA)</source>
        <translation>Lag stabil (keine Prognose)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>falling behind by %1</source>
        <translation>fällt zurück um %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <location filename="../models/checks/CheckSummary.cpp" line="+15"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event was seen twice.</source>
        <translation>Kein Ereignis kam doppelt vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event was seen twice (identity: %1).</source>
        <translation>Kein Ereignis kam doppelt vor (Identität: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records reuse an earlier id with a different payload, and %2 are exact copies (%3 of all records).</source>
        <translation>%1 Datensätze verwenden eine frühere ID mit anderen Nutzdaten, %2 sind exakte Kopien (%3 aller Datensätze).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records are exact copies of an earlier one (%2 of all records), as producer retries make them.</source>
        <translation>%1 Datensätze sind exakte Kopien eines früheren (%2 aller), typisch für Wiederholungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order per key</source>
        <translation>Reihenfolge je Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event time</source>
        <translation>Ereigniszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every key&apos;s %1 only goes forward.</source>
        <translation>Bei jedem Schlüssel läuft %1 nur vorwärts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 records went back in %2 within their key and partition.</source>
        <translation>%1 Datensätze gingen innerhalb ihres Schlüssels und ihrer Partition in %2 zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys on several partitions</source>
        <translation>Schlüssel auf mehreren Partitionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every key stays on one partition.</source>
        <translation>Jeder Schlüssel bleibt auf einer Partition.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 keys were found on more than one partition: no order holds between their events.</source>
        <translation>%1 Schlüssel liegen auf mehr als einer Partition: Zwischen ihren Ereignissen gilt keine Reihenfolge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record carries an event type or a schema version.</source>
        <translation>Kein Datensatz trägt einen Ereignistyp oder eine Schemaversion.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n event types, each in a single version.</source>
        <translation>
            <numerusform>%n Ereignistyp in einer einzigen Version.</numerusform>
            <numerusform>%n Ereignistypen, jeder in einer einzigen Version.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 event types appear in several versions</source>
        <translation>%1 von %2 Ereignistypen kommen in mehreren Versionen vor</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n fields changed their type</source>
        <translation>
            <numerusform>; %n Feld hat seinen Typ geändert</numerusform>
            <numerusform>; %n Felder haben ihren Typ geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n fields vanished</source>
        <translation>
            <numerusform>; %n Feld ist entfallen</numerusform>
            <numerusform>; %n Felder sind entfallen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Malformed records</source>
        <translation>Fehlerhafte Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record is well formed.</source>
        <translation>Jeder Datensatz ist wohlgeformt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 not valid JSON</source>
        <translation>%1 kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missing a required header</source>
        <translation>%1 ohne einen Pflicht-Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with an empty payload</source>
        <translation>%1 mit leeren Nutzdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that are %1.</source>
        <translation>Datensätze: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flow latency</source>
        <translation>Ablauf-Latenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record carries a W3C traceparent, so no flow can be followed.</source>
        <translation>Kein Datensatz trägt einen W3C-traceparent, daher lässt sich kein Ablauf verfolgen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 traces did not complete within the window.</source>
        <translation>%1 von %2 Traces wurden im Zeitfenster nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 traces, none with a follow-up event.</source>
        <translation>%1 Traces, keiner mit einem Folgeereignis.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n steps measured; the slowest, %1 → %2, takes %3 at p99.</source>
        <translation>
            <numerusform>%n Schritt gemessen; der langsamste, %1 → %2, dauert bei p99 %3.</numerusform>
            <numerusform>%n Schritte gemessen; der langsamste, %1 → %2, dauert bei p99 %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>clean</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing to check</source>
        <translation>nichts zu prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <location filename="../models/replay/ReplayHistoryModel.cpp" line="-2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, partition %2, offset %3</source>
        <translation>%1, Partition %2, Offset %3</translation>
    </message>
    <message>
        <location filename="../models/replay/ReplayHistoryModel.cpp" line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>completed, not verified</source>
        <translation>abgeschlossen, nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing written</source>
        <translation>nichts geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified: %1 equal</source>
        <translation>geprüft: %1 gleich</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified (the replay did not complete)</source>
        <translation>nicht geprüft (die Wiedergabe wurde nicht abgeschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay %1: %2</source>
        <translation>Wiedergabe %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started %1, finished %2</source>
        <translation>Begonnen %1, beendet %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1 (topic %2)</source>
        <translation>Quelle: %1 (Topic %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read %1, replayed %2 in %3 transaction(s), %4 in aborted transactions</source>
        <translation>Gelesen %1, wiederholt %2 in %3 Transaktion(en), %4 in abgebrochenen Transaktionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target topic was created by this replay.</source>
        <translation>Das Ziel-Topic wurde von dieser Wiedergabe angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay took %1, verification %2</source>
        <translation>Wiedergabe dauerte %1, Prüfung %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/checks/CheckFindingsModel.cpp" line="+15"/>
        <source>%n copies, same payload, %1 from first to last</source>
        <translation>
            <numerusform>%n Kopie, gleiche Nutzdaten, %1 von der ersten bis zur letzten</numerusform>
            <numerusform>%n Kopien, gleiche Nutzdaten, %1 von der ersten bis zur letzten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n copies, different payloads, %1 from first to last</source>
        <translation>
            <numerusform>%n Kopie, andere Nutzdaten, %1 von der ersten bis zur letzten</numerusform>
            <numerusform>%n Kopien, verschiedene Nutzdaten, %1 von der ersten bis zur letzten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2 after the first</source>
        <translation>%1, %2 nach der ersten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First copy</source>
        <translation>Erste Kopie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %1</source>
        <translation>Kopie %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 after %2 (back by %3)</source>
        <translation>%1 nach %2 (%3 zurück)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier record</source>
        <translation>Früherer Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>sequence %1, %2</source>
        <translation>Sequenz %1, %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Later record</source>
        <translation>Späterer Datensatz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>on partitions %1</source>
        <translation>auf den Partitionen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First on partition %1</source>
        <translation>Zuerst auf Partition %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no version)</source>
        <translation>(keine Version)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 records (%2% of the type), first seen %3, last seen %4</source>
        <translation>%1 Datensätze (%2 % des Typs), zuerst gesehen %3, zuletzt gesehen %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fields added</source>
        <translation>Hinzugekommene Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields removed</source>
        <translation>Entfallene Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields that changed type</source>
        <translation>Felder mit geändertem Typ</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Shape (%n fields)</source>
        <translation>
            <numerusform>Form (%n Feld)</numerusform>
            <numerusform>Form (%n Felder)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First record</source>
        <translation>Erster Datensatz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 measured: p50 %2, p95 %3, p99 %4, max %5</source>
        <translation>%1 gemessen: p50 %2, p95 %3, p99 %4, max. %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whole flow (first to last event of a trace)</source>
        <translation>Ganzer Ablauf (erstes bis letztes Ereignis eines Traces)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incomplete trace</source>
        <translation>Unvollständiger Trace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; %1 of %2 traces incomplete</source>
        <translation>; %1 von %2 Traces unvollständig</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Double-click to open in the Browse page</source>
        <translation>Doppelklick öffnet es auf der Seite Durchsuchen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
</context>
<context>
    <name>PayloadDecoder</name>
    <message>
        <location filename="../core/schema/PayloadDecoder.cpp" line="+50"/>
        <source>schema %1 unavailable: %2</source>
        <translation>Schema %1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>malformed Protobuf message index</source>
        <translation>fehlerhafter Protobuf-Nachrichtenindex</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bytes are not JSON</source>
        <translation>die Bytes sind kein JSON</translation>
    </message>
</context>
<context>
    <name>PemCheck</name>
    <message>
        <location filename="../core/cluster/PemCheck.cpp" line="+94"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not PEM text but binary data (%2); convert it to PEM, e.g. with openssl.</source>
        <translation>%1 ist kein PEM-Text, sondern Binärdaten (%2); wandeln Sie es in PEM um, z. B. mit openssl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no PEM block (a line %2); it starts with “%3”.</source>
        <translation>%1 enthält keinen PEM-Block (eine Zeile %2); es beginnt mit „%3“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the PEM block “%2” at line %3 has no matching END line (cut off?).</source>
        <translation>%1: Der PEM-Block „%2“ in Zeile %3 hat keine passende END-Zeile (abgeschnitten?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the PEM block “%2” at line %3 is damaged (its body is not base64).</source>
        <translation>%1: Der PEM-Block „%2“ in Zeile %3 ist beschädigt (sein Inhalt ist kein Base64).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no certificate (%2), only “%3”.</source>
        <translation>%1 enthält kein Zertifikat (%2), nur „%3“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds no private key (%2), only “%3”.</source>
        <translation>%1 enthält keinen privaten Schlüssel (%2), nur „%3“.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 “%2” does not exist.</source>
        <translation>%1 „%2“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CA file (%1)</source>
        <translation>CA-Datei (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificate (%1)</source>
        <translation>Client-Zertifikat (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key (%1)</source>
        <translation>Client-Schlüssel (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/cluster/ProfileStore.cpp" line="+83"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>it is not in the settings format</source>
        <translation>sie hat nicht das Einstellungsformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it contains binary data (%1)</source>
        <translation>sie enthält Binärdaten (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its profile count is not a number</source>
        <translation>ihre Profilanzahl ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lists %1 profiles; only the first %2 are read</source>
        <translation>sie listet %1 Profile auf; nur die ersten %2 werden gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its list of profiles has no count or a wrong one (%1); it may be cut short</source>
        <translation>ihre Profilliste hat keine oder eine falsche Anzahl (%1); sie ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile %1 of %2 is incomplete; it may be cut short</source>
        <translation>Profil %1 von %2 ist unvollständig; es ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The settings file %1 could not be read: %2. No copy could be kept; saving a profile will replace it.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden: %2. Es ließ sich keine Kopie aufbewahren; das Speichern eines Profils ersetzt sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 could not be read: %2. The original was kept as %3. The profiles that could be read are listed; saving writes a new file.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden: %2. Das Original wurde als %3 aufbewahrt. Die lesbaren Profile werden angezeigt; beim Speichern entsteht eine neue Datei.</translation>
    </message>
</context>
<context>
    <name>ProtobufDecoder</name>
    <message>
        <location filename="../core/schema/ProtoText.cpp" line="+49"/>
        <source>the .proto text of %1 does not parse: %2</source>
        <translation>der .proto-Text von %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/schema/ProtobufDecoder.cpp" line="+128"/>
        <source>the imported %1 does not build: %2</source>
        <translation>das importierte %1 lässt sich nicht aufbauen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protobuf schema %1 does not build: %2</source>
        <translation>Protobuf-Schema %1 lässt sich nicht aufbauen: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the message index does not name a message type</source>
        <translation>der Nachrichtenindex bezeichnet keinen Nachrichtentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bytes do not match the Protobuf message %1</source>
        <translation>die Bytes passen nicht zur Protobuf-Nachricht %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bytes do not match the Protobuf message %1: %2</source>
        <translation>die Bytes passen nicht zur Protobuf-Nachricht %1: %2</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../core/replay/ReplayEngine.cpp" line="+58"/>
        <source>Cannot read the source cluster: %1</source>
        <translation>Der Quellcluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source topic %1 does not exist.</source>
        <translation>Das Quell-Topic %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the target cluster: %1</source>
        <translation>Der Zielcluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/replay/ReplayLane.cpp" line="+188"/>
        <source>A record could not be queued: %1</source>
        <translation>Ein Datensatz konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The transaction could not be committed: %1</source>
        <translation>Die Transaktion konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target cluster stayed unavailable; gave up: %1</source>
        <translation>Der Zielcluster blieb nicht erreichbar; aufgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Commit of a chunk of %n record(s) failed, retrying: %1</source>
        <translation>
            <numerusform>Abschluss eines Blocks von %n Datensatz fehlgeschlagen, neuer Versuch: %1</numerusform>
            <numerusform>Abschluss eines Blocks von %n Datensätzen fehlgeschlagen, neuer Versuch: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A chunk of %n record(s) was aborted after broker trouble and written again: %1</source>
        <translation>
            <numerusform>Ein Block von %n Datensatz wurde nach Brokerproblemen verworfen und neu geschrieben: %1</numerusform>
            <numerusform>Ein Block von %n Datensätzen wurde nach Brokerproblemen verworfen und neu geschrieben: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The open transaction could not be aborted; the broker aborts it when its timeout expires. Its records are never visible to read_committed readers.</source>
        <translation>Die offene Transaktion konnte nicht verworfen werden; der Broker verwirft sie nach Ablauf ihrer Zeitgrenze. Ihre Datensätze sind für read_committed-Leser nie sichtbar.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Cannot begin a transaction: %1</source>
        <translation>Eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The transaction could not be aborted: %1</source>
        <translation>Die Transaktion konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/replay/ReplayEngine.cpp" line="+90"/>
        <source>A replay needs an end: &quot;live&quot; is not a replay range.</source>
        <translation>Eine Wiedergabe braucht ein Ende: „live“ ist kein Wiedergabebereich.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The source could not be read: %1</source>
        <translation>Die Quelle konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source could not be read; gave up: %1</source>
        <translation>Die Quelle konnte nicht gelesen werden; aufgegeben: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the source failed (%1); resuming after the last record taken.</source>
        <translation>Lesen der Quelle fehlgeschlagen (%1); es geht nach dem zuletzt übernommenen Datensatz weiter.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>not authorized (this user may not describe the source&apos;s configs)</source>
        <translation>nicht berechtigt (dieser Benutzer darf die Konfiguration der Quelle nicht lesen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker did not describe the source topic</source>
        <translation>der Broker hat das Quell-Topic nicht beschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the target topic: %1</source>
        <translation>Das Ziel-Topic kann nicht angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Created %1 with %n partition(s) and the source&apos;s configs.</source>
        <translation>
            <numerusform>%1 mit %n Partition und den Einstellungen der Quelle angelegt.</numerusform>
            <numerusform>%1 mit %n Partitionen und den Einstellungen der Quelle angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Created %1 with %n partition(s) and the broker&apos;s default configs: the source&apos;s configs could not be read: %2.</source>
        <translation>
            <numerusform>%1 mit %n Partition und der Standardkonfiguration des Brokers angelegt: Die Konfiguration der Quelle war nicht lesbar: %2.</numerusform>
            <numerusform>%1 mit %n Partitionen und der Standardkonfiguration des Brokers angelegt: Die Konfiguration der Quelle war nicht lesbar: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new target topic did not become available in time.</source>
        <translation>Das neue Ziel-Topic wurde nicht rechtzeitig verfügbar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the end offset of %1 partition %2.</source>
        <translation>Der End-Offset von %1 Partition %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Nothing to replay: no rows and no range.</source>
        <translation>Nichts wiederzugeben: keine Zeilen und kein Bereich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The target has %1 partitions and the source %2: &quot;same partition&quot; needs at least as many; choose key or round robin.</source>
        <translation>Das Ziel hat %1 Partitionen, die Quelle %2: „gleiche Partition“ braucht mindestens so viele; Schlüssel oder Round Robin wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target topic %1 does not exist.</source>
        <translation>Das Ziel-Topic %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>A record of the source is larger than the replay&apos;s buffer memory limit of %1 MiB.</source>
        <translation>Ein Datensatz der Quelle ist größer als die Speichergrenze der Replay-Puffer von %1 MiB.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Written by %1 transactional producers, each with its own target partitions.</source>
        <translation>Von %1 transaktionalen Producern geschrieben, jeder mit eigenen Zielpartitionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: %1 record(s) committed stay in the target; %2 in the open transaction were aborted and are never visible.</source>
        <translation>Abgebrochen: %1 abgeschlossene Datensätze bleiben im Ziel; %2 in der offenen Transaktion wurden verworfen und sind nie sichtbar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not verified: the replay was cancelled.</source>
        <translation>Nicht geprüft: die Wiedergabe wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/replay/ReplayTypes.cpp" line="+63"/>
        <source>Replay refused: %1</source>
        <translation>Wiedergabe abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Dry run: %1 record(s) from %2 would be replayed into %3.</source>
        <translation>Probelauf: %1 Datensätze aus %2 würden nach %3 wiedergegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>p%1: %2</source>
        <translation>p%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target partitions: %1</source>
        <translation>Zielpartitionen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  p%1@%2 -&gt; p%3  key=%4  value=%5</source>
        <translation>  p%1@%2 -&gt; p%3  Schlüssel=%4  Wert=%5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replay %1 completed: %2 record(s) from %3 into %4 in %5 s.</source>
        <translation>Wiedergabe %1 abgeschlossen: %2 Datensätze aus %3 nach %4 in %5 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay %1 cancelled.</source>
        <translation>Wiedergabe %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay %1 failed: %2</source>
        <translation>Wiedergabe %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed (visible to read_committed readers): %1; aborted: %2.</source>
        <translation>Abgeschlossen (für read_committed-Leser sichtbar): %1; verworfen: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target topic was created.</source>
        <translation>Das Ziel-Topic wurde angelegt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n chunk(s) were aborted after broker trouble and written again; each record is in the target once.</source>
        <translation>
            <numerusform>%n Block wurde nach Brokerproblemen verworfen und neu geschrieben; jeder Datensatz ist genau einmal im Ziel.</numerusform>
            <numerusform>%n Blöcke wurden nach Brokerproblemen verworfen und neu geschrieben; jeder Datensatz ist genau einmal im Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified: %1 record(s) read back with read_committed, every digest equal (%2 s).</source>
        <translation>Geprüft: %1 Datensätze mit read_committed zurückgelesen, alle Prüfsummen gleich (%2 s).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Verification found %n mismatch(es):</source>
        <translation>
            <numerusform>Die Prüfung fand %n Abweichung:</numerusform>
            <numerusform>Die Prüfung fand %n Abweichungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: %1 record(s) read back.</source>
        <translation>Nicht geprüft: %1 Datensätze zurückgelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification was off.</source>
        <translation>Die Prüfung war ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/replay/ReplayVerifier.cpp" line="+71"/>
        <source>Cannot read the end of partition %1.</source>
        <translation>Das Ende von Partition %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the target back stalled: %1</source>
        <translation>Das Zurücklesen des Ziels kam nicht voran: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>partition %1 offset %2: a record that was not replayed</source>
        <translation>Partition %1 Offset %2: ein Datensatz, der nicht wiedergegeben wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>partition %1 offset %2: key, value or headers differ from replayed record %3 of this partition</source>
        <translation>Partition %1 Offset %2: Schlüssel, Wert oder Header weichen vom wiedergegebenen Datensatz %3 dieser Partition ab</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>partition %1: %2 replayed record(s) missing</source>
        <translation>Partition %1: %2 wiedergegebene Datensätze fehlen</translation>
    </message>
    <message>
        <location filename="../core/replay/SandboxGuard.cpp" line="+40"/>
        <source>No target topic was given.</source>
        <translation>Es wurde kein Ziel-Topic angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target topic name is not valid: %1</source>
        <translation>Der Name des Ziel-Topics ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target is the source topic itself: a replay never writes into the topic it reads.</source>
        <translation>Das Ziel ist das Quell-Topic selbst: eine Wiedergabe schreibt nie in das Topic, das sie liest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target cluster&apos;s profile &quot;%1&quot; is a sandbox.</source>
        <translation>Das Profil „%1“ des Zielclusters ist eine Sandbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target topic starts with the sandbox prefix &quot;%1&quot;.</source>
        <translation>Das Ziel-Topic beginnt mit dem Sandbox-Präfix „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target cluster is not a sandbox: its profile is not flagged sandbox, and sandbox-prefixed topics are only allowed on the source&apos;s own cluster.</source>
        <translation>Der Zielcluster ist keine Sandbox: sein Profil ist nicht als Sandbox gekennzeichnet, und Topics mit Sandbox-Präfix sind nur auf dem Cluster der Quelle erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target cluster is not a sandbox and its profile has no sandbox topic prefix.</source>
        <translation>Der Zielcluster ist keine Sandbox und sein Profil hat kein Sandbox-Topic-Präfix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target cluster is not a sandbox and &quot;%1&quot; does not start with the sandbox prefix &quot;%2&quot;.</source>
        <translation>Der Zielcluster ist keine Sandbox und „%1“ beginnt nicht mit dem Sandbox-Präfix „%2“.</translation>
    </message>
    <message>
        <location filename="../core/replay/OffsetList.cpp" line="+37"/>
        <location line="+12"/>
        <source>Line %1: &quot;%2&quot; is not a partition:offset pair.</source>
        <translation>Zeile %1: „%2“ ist kein Paar Partition:Offset.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>More than %1 offsets listed; replay a range with a filter instead.</source>
        <translation>Mehr als %1 Offsets aufgelistet; wiederholen Sie stattdessen einen Bereich mit Filter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No offsets listed: give partition:offset pairs, such as 0:42.</source>
        <translation>Keine Offsets aufgelistet: Geben Sie Paare Partition:Offset an, etwa 0:42.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No offsets listed.</source>
        <translation>Keine Offsets aufgelistet.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%1: %n listed offset(s) in partition(s) %2</source>
        <translation>
            <numerusform>%1: %n aufgelisteter Offset in Partition(en) %2</numerusform>
            <numerusform>%1: %n aufgelistete Offsets in Partition(en) %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaRegistry</name>
    <message>
        <location filename="../core/schema/SchemaRegistryClient.cpp" line="+112"/>
        <source>no certificate in the registry CA file %1</source>
        <translation>kein Zertifikat in der CA-Datei der Registry %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>cannot read the registry client key %1: %2</source>
        <translation>Client-Schlüssel %1 für die Registry nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no unencrypted RSA, EC or DSA private key in %1</source>
        <translation>kein unverschlüsselter privater RSA-, EC- oder DSA-Schlüssel in %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no certificate in the registry client certificate file %1</source>
        <translation>kein Zertifikat in der Client-Zertifikatsdatei %1 für die Registry</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the schema registry at %1 did not answer within %2 s</source>
        <translation>die Schema Registry unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema registry %1: %2</source>
        <translation>Schema Registry %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>schema registry: %1 (HTTP %2 for %3)</source>
        <translation>Schema Registry: %1 (HTTP %2 für %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schema registry: %1 is not JSON</source>
        <translation>Schema Registry: %1 ist kein JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>schema references nest deeper than %1</source>
        <translation>Schema-Referenzen sind tiefer als %1 verschachtelt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>schema %1 has the unknown type %2</source>
        <translation>Schema %1 hat den unbekannten Typ %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>schema registry refused %1: %2 (HTTP %3)</source>
        <translation>Schema Registry hat %1 abgelehnt: %2 (HTTP %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>schema registry: /subjects is not a list</source>
        <translation>Schema Registry: /subjects ist keine Liste</translation>
    </message>
</context>
<context>
    <name>ServiceGraph</name>
    <message>
        <location filename="../core/graph/GraphEngine.cpp" line="+143"/>
        <source>Records could not be read: %1</source>
        <translation>Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic rates are not known yet: waiting for the first samples.</source>
        <translation>Topic-Raten sind noch unbekannt: Warten auf die ersten Messungen.</translation>
    </message>
    <message>
        <location filename="../core/graph/GraphInference.cpp" line="+198"/>
        <source>Consumer groups are not known yet: consume edges are missing.</source>
        <translation>Consumer-Gruppen sind noch unbekannt: Konsumkanten fehlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consumer groups could not be read: %1</source>
        <translation>Consumer-Gruppen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Records of %n topic(s) could not be read (%1): their producers may be missing.</source>
        <translation>
            <numerusform>Nachrichten von %n Topic konnten nicht gelesen werden (%1): seine Produzenten fehlen womöglich.</numerusform>
            <numerusform>Nachrichten von %n Topics konnten nicht gelesen werden (%1): ihre Produzenten fehlen womöglich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/graph/ServiceNaming.cpp" line="+55"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid regular expression (%2).</source>
        <translation>&quot;%1&quot; ist kein gültiger regulärer Ausdruck (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs a value.</source>
        <translation>&quot;%1&quot; braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a rewrite reads &quot;rewrite REGEX =&gt; REPLACEMENT&quot;.</source>
        <translation>eine Umschreibung lautet &quot;rewrite REGEX =&gt; ERSATZ&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown rule &quot;%1&quot; (header, library or rewrite).</source>
        <translation>unbekannte Regel &quot;%1&quot; (header, library oder rewrite).</translation>
    </message>
    <message>
        <location filename="../core/graph/TopicRecordSampler.cpp" line="+177"/>
        <source>the newest records were not all read in time</source>
        <translation>die neuesten Nachrichten wurden nicht rechtzeitig alle gelesen</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <location filename="../core/sim/ScenarioCatalog.cpp" line="+25"/>
        <source>cannot load scenario %1: %2</source>
        <translation>Szenario %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no scenario given</source>
        <translation>kein Szenario angegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown scenario &quot;%1&quot;: built-in scenarios are %2; or pass a JSON file path</source>
        <translation>unbekanntes Szenario &quot;%1&quot;: eingebaute Szenarien sind %2; oder geben Sie den Pfad einer JSON-Datei an</translation>
    </message>
    <message>
        <location filename="../core/sim/ScenarioParser.cpp" line="+122"/>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <location line="+27"/>
        <location line="+135"/>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <location line="+170"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, erhalten: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field templates may be nested at most %1 levels deep</source>
        <translation>Feldvorlagen dürfen höchstens %1 Ebenen tief verschachtelt sein</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unsupported JSON value</source>
        <translation>nicht unterstützter JSON-Wert</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a scenario&apos;s topic names may have at most %1 characters (prefix and suffix come on top), got %2</source>
        <translation>Topic-Namen eines Szenarios dürfen höchstens %1 Zeichen haben (Präfix und Suffix kommen hinzu), erhalten: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be at least 1, or -1 for the broker&apos;s default</source>
        <translation>muss mindestens 1 sein, oder -1 für den Standardwert des Brokers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object of topic configs, got %1</source>
        <translation>Objekt mit Topic-Konfigurationen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string, number or boolean</source>
        <translation>Zeichenkette, Zahl oder Boolean erwartet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected &quot;avro&quot; or &quot;protobuf&quot;, got &quot;%1&quot;</source>
        <translation>„avro“ oder „protobuf“ erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected the Avro schema (JSON) or the .proto text (a string)</source>
        <translation>das Avro-Schema (JSON) oder der .proto-Text (eine Zeichenkette) erwartet</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>&quot;%1&quot; is written by the simulator itself</source>
        <translation>&quot;%1&quot; wird vom Simulator selbst geschrieben</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>expected an object of field templates, got %1</source>
        <translation>Objekt mit Feldvorlagen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must differ from the type&apos;s version %1</source>
        <translation>muss sich von der Version %1 des Typs unterscheiden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a non-negative integer, got %1</source>
        <translation>erwartet eine nicht negative ganze Zahl, erhalten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topic &quot;%1&quot; is declared twice</source>
        <translation>Topic &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event type &quot;%1&quot; is declared twice</source>
        <translation>Ereignistyp &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown topic &quot;%1&quot; (declare it under &quot;topics&quot;)</source>
        <translation>unbekanntes Topic &quot;%1&quot; (unter &quot;topics&quot; deklarieren)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown event type &quot;%1&quot; (declare it under &quot;event_types&quot;)</source>
        <translation>unbekannter Ereignistyp &quot;%1&quot; (unter &quot;event_types&quot; deklarieren)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>service &quot;%1&quot; is declared twice</source>
        <translation>Service &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>service &quot;%1&quot; neither produces nor consumes anything</source>
        <translation>Service &quot;%1&quot; produziert und konsumiert nichts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>group &quot;%1&quot; is used twice (one consumes entry per group)</source>
        <translation>Gruppe &quot;%1&quot; wird doppelt verwendet (ein consumes-Eintrag pro Gruppe)</translation>
    </message>
    <message>
        <location filename="../core/sim/Simulator.cpp" line="+67"/>
        <source>registering the schema of %1: %2</source>
        <translation>Registrieren des Schemas von %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the schema of %1: %2</source>
        <translation>das Schema von %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the simulation is already running</source>
        <translation>die Simulation läuft bereits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scenario has Avro or Protobuf topics: give a Schema Registry (--schema-registry URL)</source>
        <translation>das Szenario hat Avro- oder Protobuf-Topics: eine Schema Registry angeben (--schema-registry URL)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/TemplateParser.cpp" line="+30"/>
        <source>{cause.FIELD} needs a field name</source>
        <translation>{cause.FIELD} braucht einen Feldnamen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{choice:A|B|C} needs non-empty choices, got {%1}</source>
        <translation>{choice:A|B|C} braucht nicht leere Auswahlwerte, erhalten: {%1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{%1} must be {%2:MIN:MAX} with numbers MIN &lt;= MAX</source>
        <translation>{%1} muss {%2:MIN:MAX} sein, mit Zahlen MIN &lt;= MAX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown placeholder {%1} (known: key, seq, uuid, now, int:MIN:MAX, money:MIN:MAX, choice:A|B, cause.FIELD)</source>
        <translation>unbekannter Platzhalter {%1} (bekannt: key, seq, uuid, now, int:MIN:MAX, money:MIN:MAX, choice:A|B, cause.FIELD)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unmatched &quot;}&quot; at position %1 (write &quot;}}&quot; for a brace)</source>
        <translation>nicht passendes &quot;}&quot; an Position %1 (für eine geschweifte Klammer &quot;}}&quot; schreiben)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unclosed &quot;{&quot; at position %1 (write &quot;{{&quot; for a brace)</source>
        <translation>nicht geschlossenes &quot;{&quot; an Position %1 (für eine geschweifte Klammer &quot;{{&quot; schreiben)</translation>
    </message>
    <message>
        <location filename="../core/sim/TopicProvisioner.cpp" line="+44"/>
        <source>topic %1 exists with %2 partitions, the scenario declares %3; using it as it is</source>
        <translation>Topic %1 existiert mit %2 Partitionen, das Szenario deklariert %3; es wird unverändert verwendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create topic %1: %2</source>
        <translation>Topic %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topics not ready after %1 s: %2</source>
        <translation>Topics nach %1 s nicht bereit: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/PayloadEncoder.cpp" line="+69"/>
        <source>%1 does not fit the Avro type %2</source>
        <translation>%1 passt nicht zum Avro-Typ %2</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>the .proto does not build a message: %1</source>
        <translation>die .proto-Datei ergibt keine Nachricht: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the payload does not fit the Protobuf message: %1</source>
        <translation>die Nutzdaten passen nicht zur Protobuf-Nachricht: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Protobuf message does not serialize</source>
        <translation>die Protobuf-Nachricht lässt sich nicht serialisieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the simulator encodes Avro and Protobuf topics only</source>
        <translation>der Simulator codiert nur Avro- und Protobuf-Topics</translation>
    </message>
</context>
<context>
    <name>Throughput</name>
    <message>
        <location filename="../core/throughput/ThroughputTypes.cpp" line="+18"/>
        <source>Compacted topic: offset-based record counts include records that compaction has since removed (gaps); produce rates are unaffected.</source>
        <translation>Kompaktiertes Topic: Offset-basierte Nachrichtenzahlen enthalten Nachrichten, die die Kompaktierung inzwischen entfernt hat (Lücken); Produce-Raten sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transactional writes seen: offset-based counts and rates include transaction markers (control records), so they over-count data records.</source>
        <translation>Transaktionale Schreibvorgänge erkannt: Offset-basierte Zählungen und Raten enthalten Transaktionsmarker (Kontrolldatensätze) und zählen daher mehr als die tatsächlichen Datensätze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configs not authorized: this user may not describe the topic&apos;s configs (DESCRIBE_CONFIGS), so whether it is compacted is unknown.</source>
        <translation>Konfiguration nicht berechtigt: Dieser Benutzer darf die Konfiguration des Topics nicht lesen (DESCRIBE_CONFIGS); ob es kompaktiert wird, ist daher unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/session/SessionServices.cpp" line="+89"/>
        <source>it cannot be opened</source>
        <translation>sie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is truncated</source>
        <translation>sie ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a Streamscope history file</source>
        <translation>sie ist keine Streamscope-Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its format is not supported</source>
        <translation>ihr Format wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a newer Streamscope wrote it</source>
        <translation>eine neuere Streamscope-Version hat sie geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds times after now (was the clock set back?)</source>
        <translation>sie enthält Zeiten nach jetzt (wurde die Uhr zurückgestellt?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it belongs to another cluster</source>
        <translation>sie gehört zu einem anderen Cluster</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The throughput history file %1 could not be read (%2) and could not be moved aside. It is left as it is; this session&apos;s history is not saved.</source>
        <translation>Die Durchsatz-Verlaufsdatei %1 konnte nicht gelesen werden (%2) und ließ sich nicht beiseitelegen. Sie bleibt unverändert; der Verlauf dieser Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The throughput history file %1 could not be read (%2); it was kept as %3. A new history starts now.</source>
        <translation>Die Durchsatz-Verlaufsdatei %1 konnte nicht gelesen werden (%2); sie wurde als %3 aufbewahrt. Ab jetzt beginnt ein neuer Verlauf.</translation>
    </message>
</context>
<context>
    <name>TopicName</name>
    <message>
        <location filename="../core/cluster/TopicName.cpp" line="+26"/>
        <source>A topic name must not be empty.</source>
        <translation>Ein Topic-Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic name &quot;%1&quot; is %2 characters long; Kafka allows at most %3.</source>
        <translation>Topic-Name &quot;%1&quot; ist %2 Zeichen lang; Kafka erlaubt höchstens %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid topic name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Topic-Name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic name &quot;%1&quot; contains &quot;%2&quot;: Kafka allows only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Topic-Name &quot;%1&quot; enthält &quot;%2&quot;: Kafka erlaubt nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../widgets/overview/BrokersPanel.cpp" line="+27"/>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="+21"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>1 broker</source>
        <translation>1 Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 brokers</source>
        <translation>%1 Broker</translation>
    </message>
    <message>
        <location filename="../widgets/charts/ChartToolBar.cpp" line="+129"/>
        <location filename="../widgets/replay/ReplayStatusWidget.cpp" line="+141"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/replay/ReplayStatusWidget.cpp" line="-111"/>
        <location line="+111"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow live data again (or double-click the chart)</source>
        <translation>Wieder den Live-Daten folgen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze the chart to read it; the table keeps updating</source>
        <translation>Diagramm zum Ablesen einfrieren; die Tabelle wird weiter aktualisiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart is frozen: drag to pan, wheel to zoom</source>
        <translation>Das Diagramm ist eingefroren: Ziehen zum Verschieben, Mausrad zum Zoomen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chart follows the newest samples</source>
        <translation>Das Diagramm folgt den neuesten Messungen</translation>
    </message>
    <message>
        <location filename="../widgets/overview/OverviewPage.cpp" line="+66"/>
        <source>Cluster total</source>
        <translation>Cluster gesamt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+83"/>
        <source>Cluster throughput: %1</source>
        <translation>Durchsatz: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster throughput</source>
        <translation>Cluster-Durchsatz</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not connected. Choose a cluster to look at.</source>
        <translation>Nicht verbunden. Wählen Sie einen Cluster aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../widgets/shell/MainWindow.cpp" line="+224"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Showing the last data, taken at %1.</source>
        <translation>Angezeigt werden die letzten Daten, Stand %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retrying cannot fix this: check the connection settings.</source>
        <translation>Ein erneuter Versuch behebt das nicht: Prüfen Sie die Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="-2"/>
        <location filename="../widgets/shell/MainWindow.cpp" line="-53"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../widgets/common/TopicListPanel.cpp" line="+27"/>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="+2"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+92"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../widgets/charts/PartitionBarChart.cpp" line="+125"/>
        <location line="+69"/>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="+1"/>
        <location filename="../widgets/overview/PartitionsPanel.cpp" line="+83"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+3"/>
        <location line="+192"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled at</source>
        <translation>Gemessen um</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not counting %1 internal topics with %2 partitions</source>
        <translation>Nicht mitgezählt: %1 interne Topics mit %2 Partitionen</translation>
    </message>
    <message>
        <location filename="../widgets/connection/ConnectionDialog.cpp" line="+34"/>
        <source>Connect to a Kafka Cluster</source>
        <translation>Mit einem Kafka-Cluster verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a profile from a Java client.properties or a kcat config file</source>
        <translation>Profil aus einer Java-client.properties- oder kcat-Konfigurationsdatei erstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create a profile.</source>
        <translation>Legen Sie ein Profil an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another profile is already called “%1”.</source>
        <translation>Es gibt bereits ein anderes Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 copy</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile “%1”?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import Client Configuration</source>
        <translation>Client-Konfiguration importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client configuration (*.properties *.conf *.config *.cfg);;All files (*)</source>
        <translation>Client-Konfiguration (*.properties *.conf *.config *.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported with Warnings</source>
        <translation>Mit Warnungen importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings of %1 could not be carried over:

%2</source>
        <translation>Einige Einstellungen aus %1 konnten nicht übernommen werden:

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/shell/ConnectionStatusWidget.cpp" line="+19"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the cluster again without waiting for the next scheduled attempt</source>
        <translation>Den Cluster sofort erneut abfragen, ohne auf den nächsten geplanten Versuch zu warten</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RateChart.cpp" line="+541"/>
        <location filename="../widgets/common/ConnectionStateStyle.cpp" line="+25"/>
        <location filename="../widgets/shell/ConnectionStatusWidget.cpp" line="+38"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/shell/ConnectionStatusWidget.cpp" line="+1"/>
        <source>Choose a cluster with Cluster › Connect…</source>
        <translation>Wählen Sie einen Cluster über Cluster › Verbinden…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>down for %1 · last data at %2</source>
        <translation>seit %1 nicht erreichbar · letzte Daten um %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down for %1</source>
        <translation>seit %1 nicht erreichbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last data at %1</source>
        <translation>letzte Daten um %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated %1 ago</source>
        <translation>vor %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../widgets/shell/MainWindow.cpp" line="-35"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to another cluster (Ctrl+K)</source>
        <translation>Mit einem anderen Cluster verbinden (Strg+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the cluster again now</source>
        <translation>Den Cluster jetzt erneut einlesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Streamscope</source>
        <translation>&amp;Über Streamscope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sample</source>
        <translation>Abtasten</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Streamscope</source>
        <translation>Streamscope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — Streamscope</source>
        <translation>%1 — Streamscope</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>READ-ONLY</source>
        <translation>SCHREIBGESCHÜTZT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only profile: nothing writes to this cluster without asking</source>
        <translation>Schreibgeschütztes Profil: Nichts wird ohne Rückfrage in diesen Cluster geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writable profile</source>
        <translation>Beschreibbares Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Streamscope</source>
        <translation>Über Streamscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Streamscope %1&lt;/h3&gt;&lt;p&gt;Live Kafka streams, lag, service graph and replay for your desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamscope %1&lt;/h3&gt;&lt;p&gt;Live-Kafka-Streams, Lag, Service-Graph und Replay für Ihren Desktop.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/charts/PartitionBarChart.cpp" line="-131"/>
        <location line="+15"/>
        <location filename="../widgets/charts/RateChart.cpp" line="-426"/>
        <location line="+201"/>
        <source>msgs/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+11"/>
        <source>end offset</source>
        <translation>End-Offset</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hot partition</source>
        <translation>Hot-Partition</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a topic to compare its partitions</source>
        <translation>Wählen Sie ein Topic aus, um seine Partitionen zu vergleichen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Partitions of %1: msgs/s and end offsets</source>
        <translation>Partitionen von %1: Nachr./s und End-Offsets</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1, partition %2</source>
        <translation>%1, Partition %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offsets could not be read (error %1): no rate, not 0</source>
        <translation>Offsets konnten nicht gelesen werden (Fehler %1): keine Rate, nicht 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate: %1</source>
        <translation>Rate: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sample: %1</source>
        <translation>Letzte Messung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the topic&apos;s traffic: %1%</source>
        <translation>Anteil am Datenverkehr des Topics: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End offset: %1</source>
        <translation>End-Offset: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start offset: %1</source>
        <translation>Start-Offset: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained: %1</source>
        <translation>Vorgehalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leader: broker %1</source>
        <translation>Leader: Broker %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No leader</source>
        <translation>Kein Leader</translation>
    </message>
    <message>
        <location filename="../widgets/overview/PartitionsPanel.cpp" line="+1"/>
        <source>No topic selected</source>
        <translation>Kein Topic ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a topic to see its partitions.</source>
        <translation>Wählen Sie ein Topic aus, um seine Partitionen zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+1"/>
        <source>Partitions of %1</source>
        <translation>Partitionen von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the first snapshot</source>
        <translation>Warten auf den ersten Snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the cluster…</source>
        <translation>Warten auf den Cluster…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic “%1” no longer exists on this cluster.</source>
        <translation>Das Topic „%1“ existiert auf diesem Cluster nicht mehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 partitions · replication %2 · %3 messages</source>
        <translation>%1 Partitionen · Replikation %2 · %3 Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 under-replicated</source>
        <translation>%1 · %2 unterrepliziert</translation>
    </message>
    <message>
        <location filename="../widgets/connection/PasswordPrompt.cpp" line="+21"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this cluster</source>
        <translation>diesen Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user “%1”</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; needs the %2 password of %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; benötigt das %2-Passwort für %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; needs secrets that are not saved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; benötigt Geheimnisse, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwords and other secrets are kept in memory for this session only and are never saved.</source>
        <translation>Passwörter und andere Geheimnisse werden nur für diese Sitzung im Speicher gehalten und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../widgets/connection/ProfileEditor.cpp" line="+131"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty if the key is not encrypted</source>
        <translation>Leer lassen, wenn der Schlüssel nicht verschlüsselt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key passphrase:</source>
        <translation>&amp;Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basic auth of user “%1” at the Schema Registry %2</source>
        <translation>Basic Auth von Benutzer „%1“ bei der Schema Registry %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema &amp;Registry password:</source>
        <translation>Passwort der Schema &amp;Registry:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available.</source>
        <translation>Kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/connection/ProfileEditor.cpp" line="-74"/>
        <source>Extra properties, line %1: “%2” is not key=value.</source>
        <translation>Zusätzliche Eigenschaften, Zeile %1: „%2“ hat nicht die Form key=value.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SASL authentication</source>
        <translation>SASL-Authentifizierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read-only</source>
        <translation>Schreib&amp;geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sandbox</source>
        <translation>Sandbo&amp;x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember secrets in the system &amp;keychain</source>
        <translation>Geheimnisse im System-&amp;Schlüsselbund merken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>host1:9092,host2:9092</source>
        <translation>host1:9092,host2:9092</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+177"/>
        <source>Not saved; asked for once per session</source>
        <translation>Wird nicht gespeichert; einmal pro Sitzung abgefragt</translation>
    </message>
    <message>
        <location line="-173"/>
        <source># librdkafka properties, one key=value per line, e.g.
# client.id=streamscope-laptop</source>
        <translation># librdkafka-Eigenschaften, ein key=value-Paar pro Zeile, z. B.
# client.id=streamscope-laptop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anything that would write to this cluster asks for confirmation first.</source>
        <translation>Alles, was in diesen Cluster schreiben würde, fragt zuerst nach einer Bestätigung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disposable cluster: only sandbox clusters can ever receive replayed messages.</source>
        <translation>Ein Wegwerf-Cluster: Nur Sandbox-Cluster können überhaupt per Replay eingespielte Nachrichten erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On this cluster, topics starting with this prefix may receive replayed messages even when the cluster is not a sandbox. Empty: none.</source>
        <translation>Auf diesem Cluster dürfen Topics mit diesem Präfix wiedergegebene Nachrichten empfangen, auch wenn der Cluster keine Sandbox ist. Leer: keine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No system keychain is available; secrets are asked for once per session.</source>
        <translation>Kein System-Schlüsselbund verfügbar; Geheimnisse werden einmal pro Sitzung abgefragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity protocol:</source>
        <translation>Sicherheitsp&amp;rotokoll:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mechanism:</source>
        <translation>Mec&amp;hanismus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+162"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+163"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Only for an encrypted key; not saved</source>
        <translation>Nur für einen verschlüsselten Schlüssel; wird nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-P&amp;assphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra properties:</source>
        <translation>Zusätzliche &amp;Eigenschaften:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied last, so they override the settings above. Only settings known to hold no secret are saved; any other property is kept for this session and asked for again next time.</source>
        <translation>Werden zuletzt angewendet und überschreiben daher die Einstellungen oben. Gespeichert werden nur Einstellungen, die bekanntermaßen kein Geheimnis enthalten; alle anderen gelten nur für diese Sitzung und werden beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox topic &amp;prefix:</source>
        <translation>Sandbox-Topic-&amp;Präfix:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kafka security</source>
        <translation>Kafka-Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>With a Confluent-compatible Schema Registry (Confluent, Apicurio&apos;s ccompat API, Redpanda, Karapace), Browse shows Avro, Protobuf and JSON Schema payloads decoded. Leave the URL empty when the topics hold plain data.</source>
        <translation>Mit einer Confluent-kompatiblen Schema Registry (Confluent, Apicurios ccompat-API, Redpanda, Karapace) zeigt die Seite Durchsuchen Avro-, Protobuf- und JSON-Schema-Nutzdaten decodiert an. Die URL leer lassen, wenn die Topics einfache Daten enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>http://localhost:8081 or https://host/apis/ccompat/v7</source>
        <translation>http://localhost:8081 oder https://host/apis/ccompat/v7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for basic auth</source>
        <translation>Nur für Basic Auth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry for its subjects with these settings</source>
        <translation>Die Registry mit diesen Einstellungen nach ihren Subjects fragen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (https:// only)</source>
        <translation>TLS (nur https://)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter the registry&apos;s URL first.</source>
        <translation>Zuerst die URL der Registry eingeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The registry answered: no subjects registered yet.</source>
        <translation>Die Registry hat geantwortet: noch keine Subjects registriert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The registry answered: %n subject(s), e.g. %1.</source>
        <translation>
            <numerusform>Die Registry hat geantwortet: %n Subject, z.&#xa0;B. %1.</numerusform>
            <numerusform>Die Registry hat geantwortet: %n Subjects, z.&#xa0;B. %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schema Registry: enter its URL, or clear its other fields.</source>
        <translation>Schema Registry: ihre URL eingeben oder ihre anderen Felder leeren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema Registry: “%1” is not an http:// or https:// URL.</source>
        <translation>Schema Registry: „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema Registry: put the user name and password in their fields, not in the URL (the URL is saved, the password never is).</source>
        <translation>Schema Registry: Benutzername und Passwort gehören in ihre Felder, nicht in die URL (die URL wird gespeichert, das Passwort nie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schema Registry: TLS files are only used with an https:// URL.</source>
        <translation>Schema Registry: TLS-Dateien werden nur mit einer https://-URL verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema Registry CA file</source>
        <translation>CA-Datei der Schema Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema Registry client certificate</source>
        <translation>Client-Zertifikat der Schema Registry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema Registry client key</source>
        <translation>Client-Schlüssel der Schema Registry</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schema Registry: a client certificate needs its key, and a key its certificate.</source>
        <translation>Schema Registry: Ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved, asked for when connecting: %1</source>
        <translation>Nicht gespeichert, wird beim Verbinden abgefragt: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The password, key passphrase and secret properties are kept in the system keychain, not asked for each session.</source>
        <translation>Passwort, Schlüssel-Passphrase und geheime Eigenschaften werden im System-Schlüsselbund aufbewahrt statt in jeder Sitzung abgefragt.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter at least one bootstrap server as host:port.</source>
        <translation>Geben Sie mindestens einen Bootstrap-Server als host:port ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SASL needs a user name.</source>
        <translation>SASL benötigt einen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+131"/>
        <source>%1 “%2” cannot be read.</source>
        <translation>%1 „%2“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RateChart.cpp" line="-171"/>
        <source>No series selected</source>
        <translation>Keine Datenreihe ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+387"/>
        <source>+ %n more (hover to read)</source>
        <translation>
            <numerusform>+ %n weitere (Mauszeiger darauf halten)</numerusform>
            <numerusform>+ %n weitere (Mauszeiger darauf halten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for data: a rate needs two samples</source>
        <translation>Warten auf Daten: Eine Rate braucht zwei Messungen</translation>
    </message>
    <message>
        <location filename="../widgets/common/StateBanner.cpp" line="+16"/>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="-195"/>
        <source>One line per selected topic (Ctrl/Shift-click to compare several)</source>
        <translation>Eine Linie pro ausgewähltem Topic (Strg-/Umschalt-Klick, um mehrere zu vergleichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One line per partition of the current topic</source>
        <translation>Eine Linie pro Partition des aktuellen Topics</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+157"/>
        <source>Select topics in the table to chart them</source>
        <translation>Wählen Sie Topics in der Tabelle aus, um sie im Diagramm darzustellen</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>First %1 of %2 selected topics</source>
        <translation>Erste %1 von %2 ausgewählten Topics</translation>
    </message>
    <message>
        <location filename="../widgets/lag/ResetOffsetsDialog.cpp" line="+33"/>
        <source>no commit</source>
        <translation>kein Commit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset offsets…</source>
        <translation>Offsets &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset offsets of %1</source>
        <translation>Offsets von %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the committed offsets of group &lt;b&gt;%1&lt;/b&gt; on cluster &lt;b&gt;%2&lt;/b&gt;. Preview the new offsets first; nothing changes until you confirm.</source>
        <translation>Verschiebt die committeten Offsets der Gruppe &lt;b&gt;%1&lt;/b&gt; im Cluster &lt;b&gt;%2&lt;/b&gt;. Sehen Sie sich zuerst die neuen Offsets an; nichts ändert sich, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The state of group &quot;%1&quot; is unknown, so it cannot be known to be empty. Kafka resets offsets only of an empty group.</source>
        <translation>Der Zustand der Gruppe &quot;%1&quot; ist unbekannt, daher ist nicht sicher, dass sie leer ist. Kafka setzt Offsets nur für eine leere Gruppe zurück.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Group &quot;%1&quot; is %2 with %n member(s). Kafka resets offsets only of an empty group: stop its consumers first.</source>
        <translation>
            <numerusform>Gruppe &quot;%1&quot; ist %2 mit %n Mitglied. Kafka setzt Offsets nur für eine leere Gruppe zurück: Beenden Sie zuerst ihre Consumer.</numerusform>
            <numerusform>Gruppe &quot;%1&quot; ist %2 mit %n Mitgliedern. Kafka setzt Offsets nur für eine leere Gruppe zurück: Beenden Sie zuerst ihre Consumer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earliest (log start)</source>
        <translation>Frühester (Log-Anfang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest (skip to the end)</source>
        <translation>Neuester (ans Ende springen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific offset</source>
        <translation>Bestimmter Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift by N</source>
        <translation>Um N verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offset, e.g. 1000</source>
        <translation>Offset, z. B. 1000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>messages; negative goes back, e.g. -500</source>
        <translation>Nachrichten; negativ geht zurück, z. B. -500</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topics and partitions</source>
        <translation>Topics und Partitionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move to:</source>
        <translation>Verschieben auf:</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+24"/>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Press Preview to see the new offsets.</source>
        <translation>Klicken Sie auf Vorschau, um die neuen Offsets zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No cluster snapshot yet: start and end offsets are unknown.</source>
        <translation>Noch kein Cluster-Abbild: Start- und End-Offsets sind unbekannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the offsets at %1…</source>
        <translation>Lese die Offsets zum Zeitpunkt %1…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n partition(s) will be set (%1 change).</source>
        <translation>
            <numerusform>%n Partition wird gesetzt (%1 ändern sich).</numerusform>
            <numerusform>%n Partitionen werden gesetzt (%1 ändern sich).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset offsets</source>
        <translation>Offsets zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reset the committed offsets of group “%1” on cluster “%2” (%3) for %n partition(s)? The group&apos;s consumers will start from the new offsets; this cannot be undone.</source>
        <translation>
            <numerusform>Die committeten Offsets der Gruppe „%1“ im Cluster „%2“ (%3) für %n Partition zurücksetzen? Die Consumer der Gruppe beginnen bei den neuen Offsets; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die committeten Offsets der Gruppe „%1“ im Cluster „%2“ (%3) für %n Partitionen zurücksetzen? Die Consumer der Gruppe beginnen bei den neuen Offsets; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resetting the offsets of %1…</source>
        <translation>Setze die Offsets von %1 zurück…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Done: %n partition(s) of %1 reset.</source>
        <translation>
            <numerusform>Erledigt: %n Partition von %1 zurückgesetzt.</numerusform>
            <numerusform>Erledigt: %n Partitionen von %1 zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 partitions could not be reset; see the notes.</source>
        <translation>%1 von %2 Partitionen konnten nicht zurückgesetzt werden; siehe die Hinweise.</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+2"/>
        <source>Select a topic to chart its partitions</source>
        <translation>Wählen Sie ein Topic aus, um seine Partitionen im Diagramm darzustellen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a topic to see its partitions and how evenly its traffic is spread.</source>
        <translation>Wählen Sie ein Topic aus, um seine Partitionen zu sehen und wie gleichmäßig sein Datenverkehr verteilt ist.</translation>
    </message>
    <message>
        <location filename="../widgets/lag/LagPage.cpp" line="+101"/>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not connected: connect to a cluster to see its consumer groups.</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit einem Cluster, um seine Consumer-Gruppen zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster cannot be reached: its consumer groups are unknown until it answers again.</source>
        <translation>Der Cluster ist nicht erreichbar: Seine Consumer-Gruppen sind unbekannt, bis er wieder antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster cannot be reached (%1): its consumer groups are unknown until it answers again.</source>
        <translation>Der Cluster ist nicht erreichbar (%1): Seine Consumer-Gruppen sind unbekannt, bis er wieder antwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the consumer groups and their committed offsets…</source>
        <translation>Lese die Consumer-Gruppen und ihre committeten Offsets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consumer groups could not be read: %1. Streamscope tries again with every refresh.</source>
        <translation>Die Consumer-Gruppen konnten nicht gelesen werden: %1. Streamscope versucht es bei jeder Aktualisierung erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No consumer groups on this cluster that this user may see: no consumer has joined a group or committed an offset yet, or the cluster&apos;s ACLs hide them (a group is listed only with DESCRIBE permission on it).</source>
        <translation>Keine Consumer-Gruppen auf diesem Cluster, die dieser Benutzer sehen darf: Noch kein Consumer ist einer Gruppe beigetreten oder hat einen Offset committet, oder die ACLs des Clusters verbergen sie (eine Gruppe wird nur mit DESCRIBE-Berechtigung auf ihr aufgelistet).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+21"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Select a group.</source>
        <translation>Wählen Sie eine Gruppe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kafka resets offsets only of an empty group; “%1” is %2. Stop its consumers first.</source>
        <translation>Kafka setzt Offsets nur für eine leere Gruppe zurück; „%1“ ist %2. Beenden Sie zuerst ihre Consumer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in an unknown state</source>
        <translation>in unbekanntem Zustand</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The details of a group show here: its partitions, members and lag history.</source>
        <translation>Hier erscheinen die Details einer Gruppe: ihre Partitionen, Mitglieder und ihr Lag-Verlauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group “%1” is no longer on the cluster.</source>
        <translation>Gruppe „%1“ ist nicht mehr im Cluster.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Consumer groups of %1</source>
        <translation>Consumer-Gruppen von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; groups</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total lag %1</source>
        <translation>Gesamt-Lag %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refreshed at %1 in %2 ms</source>
        <translation>aktualisiert um %1 in %2 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: these are the last figures read</source>
        <translation>%1: Das sind die zuletzt gelesenen Werte</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+4"/>
        <source>Waiting for the first samples of %1…</source>
        <translation>Warten auf die ersten Messungen von %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Cluster&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cluster&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/common/TopicListPanel.cpp" line="+77"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+14"/>
        <source>%1 topics</source>
        <translation>%1 Topics</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+4"/>
        <source>1 partition unreadable</source>
        <translation>1 Partition nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partitions unreadable</source>
        <translation>%1 Partitionen nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sampled every %1 s</source>
        <translation>Messung alle %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/common/TopicListPanel.cpp" line="-81"/>
        <source>Show internal topics</source>
        <translation>Interne Topics anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter topics by name (Ctrl+F)</source>
        <translation>Topics nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include Kafka&apos;s own topics such as __consumer_offsets</source>
        <translation>Kafkas eigene Topics wie __consumer_offsets einbeziehen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No topic matches “%1”</source>
        <translation>Kein Topic passt zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 topics</source>
        <translation>%1 von %2 Topics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 topic</source>
        <translation>1 Topic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 internal hidden</source>
        <translation>%1 · %2 interne ausgeblendet</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TimeSeriesHover.cpp" line="+163"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location filename="../widgets/lag/LagGroupDetailPanel.cpp" line="+295"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/TimeWindow.cpp" line="+26"/>
        <source>1m</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5m</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15m</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 24 hours (one-minute means)</source>
        <translation>Letzte 24 Stunden (Minutenmittelwerte)</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/TopicRateSummary.cpp" line="+27"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate not known yet</source>
        <translation>Rate noch unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 partition</source>
        <translation>1 Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unreadable (no rate, not 0)</source>
        <translation>
            <numerusform>%n nicht lesbar (keine Rate, nicht 0)</numerusform>
            <numerusform>%n nicht lesbar (keine Rate, nicht 0)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skew %1</source>
        <translation>Skew %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hot partition %1 carries %2% of the traffic</source>
        <translation>Hot-Partition %1 trägt %2 % des Datenverkehrs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (estimate: %2 B mean sampled record size)</source>
        <translation>%1 (Schätzung: %2 B mittlere Größe der Stichproben-Nachrichten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byte rate not estimated yet (no records sampled)</source>
        <translation>Byterate noch nicht geschätzt (keine Stichprobe gelesen)</translation>
    </message>
    <message>
        <location filename="../widgets/common/ColumnChooser.cpp" line="+38"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/SamplingIntervalBox.cpp" line="+18"/>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How often the cluster is sampled: offsets, rates and charts refresh at this pace. Applies from the next sample; the history keeps tick resolution for as many samples as fit in an hour at the interval the connection started with.</source>
        <translation>Wie oft der Cluster abgetastet wird: Offsets, Raten und Diagramme werden in diesem Takt aktualisiert. Gilt ab der nächsten Abtastung; der Verlauf behält die volle Auflösung für so viele Abtastungen, wie bei dem Intervall, mit dem die Verbindung begann, in eine Stunde passen.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/ChartToolBar.cpp" line="-3"/>
        <source>No new samples arrive</source>
        <translation>Es kommen keine neuen Messwerte an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new samples since %1</source>
        <translation>Keine neuen Messwerte seit %1</translation>
    </message>
    <message>
        <location filename="../widgets/overview/OverviewPage.cpp" line="-59"/>
        <source>Cluster throughput: —</source>
        <translation>Durchsatz: —</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="-17"/>
        <source>&lt;b&gt;Cluster&lt;/b&gt; —</source>
        <translation>&lt;b&gt;Cluster&lt;/b&gt; —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the table shows the last data, taken at %2</source>
        <translation>%1: Die Tabelle zeigt die letzten Daten von %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&lt;i&gt;Last data, taken at %1:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Letzte Daten von %1:&lt;/i&gt; </translation>
    </message>
    <message>
        <location filename="../widgets/browse/BrowseControls.cpp" line="+35"/>
        <source>Merge partitions by time</source>
        <translation>Partitionen nach Zeit mischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a topic</source>
        <translation>Topic wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions to read, e.g. 0, 2, 5; empty reads all</source>
        <translation>Zu lesende Partitionen, z. B. 0, 2, 5; leer liest alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last N per partition</source>
        <translation>Letzte N je Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/browse/MessageInspector.cpp" line="+351"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>End (as of now)</source>
        <translation>Ende (Stand jetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live tail</source>
        <translation>Live mitlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before offset</source>
        <translation>Vor Offset</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand out messages in timestamp order across partitions</source>
        <translation>Nachrichten partitionsübergreifend in Zeitstempel-Reihenfolge ausgeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions:</source>
        <translation>Partitionen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>Ab:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>messages, e.g. 1000</source>
        <translation>Nachrichten, z. B. 1000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offset, e.g. 42, or 0=42, 2=7</source>
        <translation>Offset, z. B. 42, oder 0=42, 2=7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>messages, e.g. 10000</source>
        <translation>Nachrichten, z. B. 10000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offset, e.g. 500, or 0=500, 2=80</source>
        <translation>Offset, z. B. 500, oder 0=500, 2=80</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Choose a topic to read.</source>
        <translation>Wählen Sie ein Topic zum Lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a partition number.</source>
        <translation>„%1“ ist keine Partitionsnummer.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>From: %1</source>
        <translation>Ab: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until: %1</source>
        <translation>Bis: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>reading</source>
        <translation>liest</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/lag/ResetOffsetsDialog.cpp" line="-8"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count reached</source>
        <translation>Anzahl erreicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped at the memory limit</source>
        <translation>an der Speichergrenze angehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 read, %2 kept, %3 in memory, %4</source>
        <translation>%1 gelesen, %2 behalten, %3 im Speicher, %4</translation>
    </message>
    <message>
        <location filename="../widgets/browse/BrowsePage.cpp" line="+106"/>
        <source>Keep only matches while reading</source>
        <translation>Beim Lesen nur Treffer behalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run the filter during the fetch as well: only matching messages are kept in memory, so a scan of a huge topic stays small</source>
        <translation>Den Filter auch beim Lesen anwenden: nur passende Nachrichten bleiben im Speicher, so bleibt auch das Durchsuchen eines riesigen Topics klein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The most memory one fetch may hold (payload bytes and message records). Reading stops with a notice when it is reached; the default is a quarter of this machine&apos;s memory. Applies from the next Start.</source>
        <translation>Der meiste Speicher, den ein Abruf belegen darf (Nutzdaten und Nachrichtendatensätze). Beim Erreichen hält das Lesen mit einem Hinweis an; vorgegeben ist ein Viertel des Arbeitsspeichers dieses Rechners. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Memory cap:</source>
        <translation>&amp;Speicherlimit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+571"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-564"/>
        <source>Selected messages as JSON Lines…</source>
        <translation>Ausgewählte Nachrichten als JSON Lines…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected messages as CSV…</source>
        <translation>Ausgewählte Nachrichten als CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All shown messages as JSON Lines…</source>
        <translation>Alle angezeigten Nachrichten als JSON Lines…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All shown messages as CSV…</source>
        <translation>Alle angezeigten Nachrichten als CSV…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selection into a sandbox…</source>
        <translation>Auswahl in eine Sandbox…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtered set into a sandbox…</source>
        <translation>Gefilterte Menge in eine Sandbox…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed offsets into a sandbox…</source>
        <translation>Aufgelistete Offsets in eine Sandbox…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay history…</source>
        <translation>Wiedergabeverlauf…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check these events…</source>
        <translation>Diese Ereignisse prüfen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for duplicates, order, versions, malformed records and flow latency in the selected messages, or in all shown messages when none is selected</source>
        <translation>Die ausgewählten Nachrichten (oder alle angezeigten, wenn keine ausgewählt ist) auf Duplikate, Reihenfolge, Versionen, fehlerhafte Datensätze und Ablauf-Latenz prüfen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Schema Registry: %1</source>
        <translation>Schema Registry: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Framed Avro, Protobuf and JSON Schema payloads are decoded through %1; the filter reads the decoded values.</source>
        <translation>Gerahmte Avro-, Protobuf- und JSON-Schema-Nutzdaten werden über %1 decodiert; der Filter liest die decodierten Werte.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../widgets/checks/ChecksPage.cpp" line="+219"/>
        <source>Connect to a cluster first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Cluster.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>To hold more, raise &quot;Memory cap&quot; beside the filter box (up to %1 MiB on this machine) and press Start again.</source>
        <translation>Um mehr zu halten, erhöhen Sie „Speicherlimit“ neben dem Filterfeld (auf diesem Rechner bis %1 MiB) und drücken Sie erneut Start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cap is at its largest for this machine&apos;s memory.</source>
        <translation>Das Limit ist für den Speicher dieses Rechners bereits am größten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../widgets/checks/ChecksPage.cpp" line="+109"/>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No messages loaded.</source>
        <translation>Keine Nachrichten geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 loaded messages shown</source>
        <translation>%1 von %2 geladenen Nachrichten angezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 messages loaded</source>
        <translation>%1 Nachrichten geladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected. Connect to a cluster to browse its topics.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Cluster, um seine Topics zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a topic, where to start and where to stop, then press Start to read its messages. Nothing is committed: reading uses no consumer group.</source>
        <translation>Wählen Sie ein Topic, wo das Lesen beginnt und wo es endet, und drücken Sie Start. Es wird nichts committet: Das Lesen nutzt keine Consumer-Gruppe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No loaded message in the selected span matches. Click &quot;All times&quot; above to widen it.</source>
        <translation>Keine geladene Nachricht im gewählten Zeitraum passt. Klicken Sie oben auf „Alle Zeiten“, um ihn aufzuheben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the %1 loaded messages matches the filter.</source>
        <translation>Keine der %1 geladenen Nachrichten passt zum Filter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for new messages on %1…</source>
        <translation>Warte auf neue Nachrichten in %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No messages in the chosen range of %1: the partitions may be empty there. Try starting at the beginning.</source>
        <translation>Keine Nachrichten im gewählten Bereich von %1: Die Partitionen sind dort vielleicht leer. Versuchen Sie, am Anfang zu beginnen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Filter on this key (none)</source>
        <translation>Nach diesem Schlüssel filtern (keiner)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter on this key</source>
        <translation>Nach diesem Schlüssel filtern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter on this header value: %1</source>
        <translation>Nach diesem Header-Wert filtern: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter on this field value: %1</source>
        <translation>Nach diesem Feldwert filtern: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter on this header value</source>
        <translation>Nach diesem Header-Wert filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../widgets/browse/MessageInspector.cpp" line="+47"/>
        <source>Filter on this field value</source>
        <translation>Nach diesem Feldwert filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter on this header value (no text headers)</source>
        <translation>Nach diesem Header-Wert filtern (keine Text-Header)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter on this field value (the value is not JSON)</source>
        <translation>Nach diesem Feldwert filtern (der Wert ist kein JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy record as JSON</source>
        <translation>Nachricht als JSON kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export selected messages as JSON Lines…</source>
        <translation>Ausgewählte Nachrichten als JSON Lines exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay selection into a sandbox…</source>
        <translation>Auswahl in eine Sandbox wiederholen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay the filtered set into a sandbox…</source>
        <translation>Gefilterte Menge in eine Sandbox wiederholen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check these events (the selection)…</source>
        <translation>Diese Ereignisse prüfen (die Auswahl) …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the filtered set…</source>
        <translation>Die gefilterte Menge prüfen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 selected messages</source>
        <translation>%1 ausgewählte Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the filtered set (%1 messages)</source>
        <translation>die gefilterte Menge (%1 Nachrichten)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 selected messages of %2</source>
        <translation>%1 ausgewählte Nachrichten aus %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the filtered set of %1 (%2 messages)</source>
        <translation>die gefilterte Menge aus %1 (%2 Nachrichten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting %1 messages…</source>
        <translation>Exportiere %1 Nachrichten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/checks/ChecksPage.cpp" line="-247"/>
        <location filename="../widgets/replay/ReplayStatusWidget.cpp" line="-109"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported %1 messages to %2</source>
        <translation>%1 Nachrichten nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../widgets/browse/FilterEdit.cpp" line="+62"/>
        <source>Filter, e.g. key == &quot;order-7&quot; and value.total &gt; 100 (Enter applies)</source>
        <translation>Filter, z. B. key == &quot;order-7&quot; and value.total &gt; 100 (Eingabe wendet an)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent and saved filters of this topic</source>
        <translation>Letzte und gespeicherte Filter dieses Topics</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No filter: every loaded message shows. Fields: key, value, value.PATH, header.NAME, partition, offset, timestamp, size.</source>
        <translation>Kein Filter: Jede geladene Nachricht wird gezeigt. Felder: key, value, value.PFAD, header.NAME, partition, offset, timestamp, size.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid at character %1: %2</source>
        <translation>Ungültig bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valid filter: press Enter to apply it.</source>
        <translation>Gültiger Filter: Eingabe drücken, um ihn anzuwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter applied.</source>
        <translation>Filter angewendet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save this filter for %1</source>
        <translation>Diesen Filter für %1 speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove it from the saved filters</source>
        <translation>Aus den gespeicherten Filtern entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No saved filters for this topic</source>
        <translation>Keine gespeicherten Filter für dieses Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recent filters for this topic</source>
        <translation>Keine letzten Filter für dieses Topic</translation>
    </message>
    <message>
        <location filename="../widgets/browse/MessageInspector.cpp" line="-340"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (binary, hex)</source>
        <translation>%1 (binär, hex)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>null (a tombstone: the key is deleted)</source>
        <translation>null (ein Tombstone: der Schlüssel ist gelöscht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null (no key)</source>
        <translation>null (kein Schlüssel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 text with control characters</source>
        <translation>UTF-8-Text mit Steuerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binary (not valid UTF-8)</source>
        <translation>binär (kein gültiges UTF-8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the whole value</source>
        <translation>Ganzen Wert zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/browse/InspectorContent.cpp" line="+125"/>
        <source>not in the Schema Registry wire format</source>
        <translation>nicht im Wire-Format der Schema Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema id %1</source>
        <translation>Schema-ID %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subject %1, version %2</source>
        <translation>Subject %1, Version %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not decoded: %1</source>
        <translation>Nicht decodiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References %1 (subject %2, version %3)</source>
        <translation>Verweist auf %1 (Subject %2, Version %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schema could not be fetched: %1</source>
        <translation>Das Schema konnte nicht geholt werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../widgets/browse/MessageInspector.cpp" line="+0"/>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+29"/>
        <location line="+226"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/browse/MessageInspector.cpp" line="-266"/>
        <location line="+11"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+200"/>
        <location line="+34"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy:</source>
        <translation>Kopieren:</translation>
    </message>
    <message>
        <location filename="../widgets/browse/InspectorContent.cpp" line="+2"/>
        <location filename="../widgets/browse/MessageInspector.cpp" line="+9"/>
        <location line="+225"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/browse/MessageInspector.cpp" line="-221"/>
        <source>Record as JSON</source>
        <translation>Nachricht als JSON</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>Select a message in the table to inspect it.</source>
        <translation>Wählen Sie eine Nachricht in der Tabelle, um sie zu untersuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decoding…</source>
        <translation>Dekodiere…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decoding the whole value…</source>
        <translation>Dekodiere den ganzen Wert…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Decoded from %1 (%2); the Hex tab shows the bytes as they came.</source>
        <translation>Aus %1 decodiert (%2); der Reiter Hex zeigt die Bytes, wie sie kamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not decoded (schema id %1): %2. Showing the bytes as they came.</source>
        <translation>Nicht decodiert (Schema-ID %1): %2. Angezeigt werden die Bytes, wie sie kamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tombstone: this message has no value (its key is deleted).</source>
        <translation>Tombstone: Diese Nachricht hat keinen Wert (ihr Schlüssel ist gelöscht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first %1 of %2.</source>
        <translation>Gezeigt werden die ersten %1 von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The views show only the beginning of this long value; Copy takes all of it.</source>
        <translation>Die Ansichten zeigen nur den Anfang dieses langen Werts; Kopieren nimmt alles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value is not valid UTF-8: see the hex dump.</source>
        <translation>Der Wert ist kein gültiges UTF-8: siehe Hex-Ansicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value looks like JSON but is not valid.</source>
        <translation>Der Wert sieht wie JSON aus, ist aber ungültig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not decoded (schema id %1): %2

The Hex tab shows the bytes.</source>
        <translation>Nicht decodiert (Schema-ID %1): %2

Der Reiter Hex zeigt die Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+12"/>
        <source>No value: this message is a tombstone.</source>
        <translation>Kein Wert: Diese Nachricht ist ein Tombstone.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value is too large for a preview as JSON. Show the whole value to read it as JSON.</source>
        <translation>Der Wert ist für eine JSON-Vorschau zu groß. Zeigen Sie den ganzen Wert, um ihn als JSON zu lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value is not JSON: see the Text or Hex tab.</source>
        <translation>Der Wert ist kein JSON: siehe Reiter Text oder Hex.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The value is binary (not valid UTF-8): see the Hex tab.</source>
        <translation>Der Wert ist binär (kein gültiges UTF-8): siehe Reiter Hex.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neither key nor value is in the Schema Registry wire format (or no Schema Registry is set in this connection&apos;s profile).</source>
        <translation>Weder Schlüssel noch Wert sind im Wire-Format der Schema Registry (oder im Profil dieser Verbindung ist keine Schema Registry eingetragen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value is empty (0 bytes).</source>
        <translation>Der Wert ist leer (0 Bytes).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The value is not JSON.</source>
        <translation>Der Wert ist kein JSON.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… the tree stops at %1 fields; the JSON tab shows everything</source>
        <translation>… der Baum endet nach %1 Feldern; der Reiter JSON zeigt alles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../widgets/lag/ResetOffsetsDialog.cpp" line="-271"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/lag/ResetOffsetsDialog.cpp" line="+0"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 ms since 1970, UTC %3)</source>
        <translation>%1 (%2 ms seit 1970, UTC %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timestamp type</source>
        <translation>Art des Zeitstempels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key size</source>
        <translation>Schlüsselgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, decoded to JSON</source>
        <translation>%1, zu JSON decodiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, JSON</source>
        <translation>, JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value size</source>
        <translation>Wertgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value schema</source>
        <translation>Schema des Werts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key schema</source>
        <translation>Schema des Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codec not available (the Kafka client decompresses batches and does not report their codec); sizes are uncompressed</source>
        <translation>Codec nicht verfügbar (der Kafka-Client entpackt Batches und meldet ihren Codec nicht); Größen sind unkomprimiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy field value</source>
        <translation>Feldwert kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/browse/VolumeTimeline.cpp" line="+23"/>
        <source>All times</source>
        <translation>Alle Zeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the messages of every time again</source>
        <translation>Wieder die Nachrichten aller Zeiten zeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>msgs</source>
        <translation>Nachr.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Messages over time: nothing loaded yet.</source>
        <translation>Nachrichten über die Zeit: noch nichts geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages over time: the loaded messages carry no timestamps.</source>
        <translation>Nachrichten über die Zeit: Die geladenen Nachrichten tragen keine Zeitstempel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages over time that match the filter (%1 of %2 loaded), %3 per bar. Drag across the bars to narrow the table to a span.</source>
        <translation>Nachrichten über die Zeit, die zum Filter passen (%1 von %2 geladenen), %3 je Balken. Ziehen Sie über die Balken, um die Tabelle auf einen Zeitraum einzuschränken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages over time, all loaded, %1 per bar. Drag across the bars to narrow the table to a span.</source>
        <translation>Nachrichten über die Zeit, alle geladenen, %1 je Balken. Ziehen Sie über die Balken, um die Tabelle auf einen Zeitraum einzuschränken.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/connection/KeychainSecrets.cpp" line="+49"/>
        <source>No system keychain is available (%1); secrets are asked for once per session.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1); Geheimnisse werden einmal pro Sitzung abgefragt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking for a system keychain…</source>
        <translation>Suche nach einem System-Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphItems.cpp" line="+186"/>
        <source>unknown producer
%1 of records</source>
        <translation>unbekannter Produzent
%1 der Nachrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer groups: %1</source>
        <translation>Consumer-Gruppen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ids: %1</source>
        <translation>Client-IDs: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts: %1</source>
        <translation>Hosts: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click: show only this service&apos;s neighbourhood.</source>
        <translation>Doppelklick: nur die Nachbarschaft dieses Services zeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click: open it on the Throughput page.</source>
        <translation>Klick: auf der Durchsatz-Seite öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the sampled records of %2 carry no producer identity header (see Naming rules).</source>
        <translation>%1 der gelesenen Nachrichten von %2 tragen keinen Header mit der Produzenten-Kennung (siehe Namensregeln).</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Group %1, status %2</source>
        <translation>Gruppe %1, Status %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click: open the group&apos;s lag.</source>
        <translation>Klick: den Lag der Gruppe öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the topic&apos;s recent records</source>
        <translation>%1 der jüngsten Nachrichten des Topics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The group has committed offsets but no members.</source>
        <translation>Die Gruppe hat bestätigte Offsets, aber keine Mitglieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle: no traffic in the activity window.</source>
        <translation>Ruht: kein Verkehr im Aktivitätsfenster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed by shared trace ids.</source>
        <translation>Durch gemeinsame Trace-IDs bestätigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../widgets/lag/LagGroupDetailPanel.cpp" line="-52"/>
        <source>lag %1</source>
        <translation>Lag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no members</source>
        <translation>keine Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>ruht</translation>
    </message>
    <message>
        <location filename="../widgets/lag/LagGroupDetailPanel.cpp" line="-207"/>
        <source>%1 msgs</source>
        <translation>%1 Nachr.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Notify me</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/lag/LagGroupsPanel.cpp" line="+128"/>
        <source>Reset offsets…</source>
        <translation>Offsets zurücksetzen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A desktop notification when this group&apos;s status turns WARN, STALL or STOP; remembered for this cluster</source>
        <translation>Eine Desktop-Benachrichtigung, wenn der Status dieser Gruppe zu WARN, STALL oder STOP wechselt; für diesen Cluster gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> msgs</source>
        <translation> Nachr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group is at least WARN while its lag exceeds this many messages (0: off)</source>
        <translation>Die Gruppe ist mindestens WARN, solange ihr Lag so viele Nachrichten übersteigt (0: aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group is at least WARN while it is more than this many seconds behind (0: off)</source>
        <translation>Die Gruppe ist mindestens WARN, solange sie mehr als so viele Sekunden zurückliegt (0: aus)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>messages behind</source>
        <translation>Nachrichten im Rückstand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lag history yet: it starts with the first refresh of the group</source>
        <translation>Noch kein Lag-Verlauf: Er beginnt mit der ersten Aktualisierung der Gruppe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No rates yet: they need two refreshes of the group</source>
        <translation>Noch keine Raten: Sie brauchen zwei Aktualisierungen der Gruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lag history</source>
        <translation>Lag-Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumed vs produced</source>
        <translation>Verarbeitet vs. produziert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warn above</source>
        <translation>Warnen über</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../widgets/lag/LagPage.cpp" line="-48"/>
        <source>Select a group to see its partitions, members and history.</source>
        <translation>Wählen Sie eine Gruppe, um ihre Partitionen, Mitglieder und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coordinator %1</source>
        <translation>Koordinator %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 behind</source>
        <translation>%1 im Rückstand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not evaluated yet: the status needs a few refreshes.</source>
        <translation>Noch nicht bewertet: Der Status braucht einige Aktualisierungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be read this refresh: %1</source>
        <translation>Bei dieser Aktualisierung nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The members of this group could not be described.</source>
        <translation>Die Mitglieder dieser Gruppe konnten nicht beschrieben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No members: the group is empty (no consumer is connected).</source>
        <translation>Keine Mitglieder: Die Gruppe ist leer (kein Consumer verbunden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No members right now (state %1).</source>
        <translation>Zurzeit keine Mitglieder (Zustand %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no partitions</source>
        <translation>keine Partitionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 member:</source>
        <translation>1 Mitglied:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 members:</source>
        <translation>%1 Mitglieder:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>all topics</source>
        <translation>alle Topics</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 consumed</source>
        <translation>%1 verarbeitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 produced</source>
        <translation>%1 produziert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First %1 of %2 topics</source>
        <translation>Die ersten %1 von %2 Topics</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Move this group&apos;s committed offsets: preview first, then confirm</source>
        <translation>Die committeten Offsets dieser Gruppe verschieben: erst Vorschau, dann bestätigen</translation>
    </message>
    <message>
        <location filename="../widgets/lag/LagGroupsPanel.cpp" line="-216"/>
        <source>Problems first</source>
        <translation>Probleme zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter groups by id (Ctrl+F)</source>
        <translation>Gruppen nach ID filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups with the worst status on top (ERR, STOP, STALL, REWIND, WARN), whatever the column the table is sorted by</source>
        <translation>Gruppen mit dem schlechtesten Status oben (ERR, STOP, STALL, REWIND, WARN), gleich nach welcher Spalte sortiert ist</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>No group matches “%1”</source>
        <translation>Keine Gruppe passt zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 groups</source>
        <translation>%1 von %2 Gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Notify when this group turns WARN, STALL or STOP</source>
        <translation>Benachrichtigen, wenn diese Gruppe zu WARN, STALL oder STOP wechselt</translation>
    </message>
    <message>
        <location filename="../widgets/lag/LagNotifier.cpp" line="+136"/>
        <source>%1 is %2 on %3</source>
        <translation>%1 ist %2 auf %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Streamscope: consumer lag alerts</source>
        <translation>Streamscope: Consumer-Lag-Warnungen</translation>
    </message>
    <message>
        <location filename="../widgets/replay/ReplayDialog.cpp" line="+35"/>
        <source>%1 (the source cluster)</source>
        <translation>%1 (der Quellcluster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 - sandbox</source>
        <translation>%1 – Sandbox</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a range of %1</source>
        <translation>ein Bereich von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from topic %2 on %3</source>
        <translation>%1 aus Topic %2 auf %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>listed offsets</source>
        <translation>aufgelistete Offsets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replay into a sandbox</source>
        <translation>In eine Sandbox wiedergeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Records to replay, by partition and offset</source>
        <translation>Zu wiederholende Datensätze, nach Partition und Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay listed offsets instead</source>
        <translation>Stattdessen aufgelistete Offsets wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste partition:offset pairs of topic %1, such as
0:1042
2:77, 2:78
(also &quot;P,O&quot;, &quot;(P, O)&quot; or the provenance header&apos;s topic/P/O)</source>
        <translation>Fügen Sie Paare Partition:Offset des Topics %1 ein, etwa
0:1042
2:77, 2:78
(auch „P,O“, „(P, O)“ oder topic/P/O aus dem Herkunfts-Header)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same partition number</source>
        <translation>Gleiche Partitionsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By key (Java client&apos;s murmur2)</source>
        <translation>Nach Schlüssel (murmur2 des Java-Clients)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original timestamps</source>
        <translation>Ursprüngliche Zeitstempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the replay</source>
        <translation>Zeit der Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;provenance headers (streamscope-replay-id, streamscope-source)</source>
        <translation>&amp;Herkunfts-Header hinzufügen (streamscope-replay-id, streamscope-source)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify: read the target back and compare every record</source>
        <translation>&amp;Prüfen: das Ziel zurücklesen und jeden Datensatz vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;artitioning:</source>
        <translation>P&amp;artitionierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imestamps:</source>
        <translation>Zeit&amp;stempel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A dry run counts the records, shows the first ones and where they would go, and writes nothing.</source>
        <translation>Ein Probelauf zählt die Datensätze, zeigt die ersten und wohin sie gingen, und schreibt nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dry run</source>
        <translation>Pro&amp;belauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay</source>
        <translation>&amp;Wiedergeben</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Will replay %1.</source>
        <translation>Wiederholt wird: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing listed yet: paste the pairs above.</source>
        <translation>Noch nichts aufgelistet: Fügen Sie oben die Paare ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the source...</source>
        <translation>Quelle wird gelesen …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write to a read-only profile?</source>
        <translation>In ein schreibgeschütztes Profil schreiben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target profile &quot;%1&quot; is read-only. Replaying writes to topic %2 on that cluster. Write anyway?</source>
        <translation>Das Zielprofil „%1“ ist schreibgeschützt. Die Wiedergabe schreibt in Topic %2 auf diesem Cluster. Trotzdem schreiben?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the target...</source>
        <translation>Ziel wird geprüft …</translation>
    </message>
    <message>
        <location filename="../widgets/browse/BrowsePage.cpp" line="-577"/>
        <location filename="../widgets/replay/ReplayDialog.cpp" line="+6"/>
        <location line="+33"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../widgets/replay/ReplayDialog.cpp" line="-23"/>
        <source>Create the target topic?</source>
        <translation>Ziel-Topic anlegen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Topic %1 does not exist. Create it with %n partition(s) and the source topic&apos;s retention, cleanup and size settings?</source>
        <translation>
            <numerusform>Topic %1 existiert nicht. Mit %n Partition und den Aufbewahrungs-, Bereinigungs- und Größeneinstellungen des Quell-Topics anlegen?</numerusform>
            <numerusform>Topic %1 existiert nicht. Mit %n Partitionen und den Aufbewahrungs-, Bereinigungs- und Größeneinstellungen des Quell-Topics anlegen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Another replay is still running; wait for it or cancel it in the status bar.</source>
        <translation>Eine andere Wiedergabe läuft noch; auf sie warten oder sie in der Statusleiste abbrechen.</translation>
    </message>
    <message>
        <location filename="../widgets/replay/ReplayStatusWidget.cpp" line="+2"/>
        <source>Report...</source>
        <translation>Bericht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History...</source>
        <translation>Verlauf …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every past replay: source, target, counts, verification and when</source>
        <translation>Jede frühere Wiedergabe: Quelle, Ziel, Anzahlen, Prüfung und Zeitpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Replay to %1: preparing...</source>
        <translation>Wiedergabe nach %1: Vorbereitung …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay to %1: verifying %2 of %3 records...</source>
        <translation>Wiedergabe nach %1: %2 von %3 Datensätzen geprüft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ETA unknown</source>
        <translation>Restzeit unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA %1 s</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay to %1: %2 read, %3 committed (%4%), %5/s, %6</source>
        <translation>Wiedergabe nach %1: %2 gelesen, %3 abgeschlossen (%4 %), %5/s, %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replay to %1 done: %2 records%3.</source>
        <translation>Wiedergabe nach %1 fertig: %2 Datensätze%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, verified</source>
        <translation>, geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay to %1: %2 records written, %3 mismatches.</source>
        <translation>Wiedergabe nach %1: %2 Datensätze geschrieben, %3 Abweichungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: %1 records would be replayed.</source>
        <translation>Probelauf: %1 Datensätze würden wiedergegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay refused: %1</source>
        <translation>Wiedergabe abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay cancelled: %1 records committed, %2 aborted.</source>
        <translation>Wiedergabe abgebrochen: %1 Datensätze abgeschlossen, %2 verworfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay failed after %1 records: %2</source>
        <translation>Wiedergabe nach %1 Datensätzen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replay report</source>
        <translation>Wiedergabebericht</translation>
    </message>
    <message>
        <location filename="../widgets/replay/ReplayHistoryDialog.cpp" line="+48"/>
        <source>Replay history</source>
        <translation>Wiedergabeverlauf</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a replay to see its whole report.</source>
        <translation>Wählen Sie eine Wiedergabe, um ihren ganzen Bericht zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replays of the app and of streamscope-cli, newest first, from %1</source>
        <translation>Wiedergaben der App und von streamscope-cli, neueste zuerst, aus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the replay history…</source>
        <translation>Wiedergabeverlauf wird gelesen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No replays yet. Every replay started here or with streamscope-cli replay (dry runs and refused ones too) is listed once it ends.</source>
        <translation>Noch keine Wiedergaben. Jede hier oder mit streamscope-cli replay gestartete Wiedergabe (auch Probeläufe und abgelehnte) erscheint hier, sobald sie endet.</translation>
    </message>
    <message>
        <location filename="../widgets/checks/CheckOptionsBar.cpp" line="+16"/>
        <source>detect</source>
        <translation>erkennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What identifies an event: header:NAME or a JSON field path. Empty: header ce_id, else field id or event_id, else a digest of key and value.</source>
        <translation>Was ein Ereignis identifiziert: header:NAME oder ein JSON-Feldpfad. Leer: Header ce_id, sonst Feld id oder event_id, sonst ein Digest aus Schlüssel und Wert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A JSON field that grows per key. Empty: seq, sequence or version, else the event time.</source>
        <translation>Ein JSON-Feld, das je Schlüssel wächst. Leer: seq, sequence oder version, sonst die Ereigniszeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event type: header:NAME or a JSON field path. Empty: header ce_type, else field type or event_type.</source>
        <translation>Der Ereignistyp: header:NAME oder ein JSON-Feldpfad. Leer: Header ce_type, sonst Feld type oder event_type.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schema version: header:NAME or a JSON field path. Empty: field schema_version, else header ce_dataschema.</source>
        <translation>Die Schemaversion: header:NAME oder ein JSON-Feldpfad. Leer: Feld schema_version, sonst Header ce_dataschema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none, e.g. ce_id, traceparent</source>
        <translation>keine, z. B. ce_id, traceparent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headers every record must carry, separated by commas</source>
        <translation>Header, die jeder Datensatz tragen muss, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence:</source>
        <translation>Sequenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required headers:</source>
        <translation>Pflicht-Header:</translation>
    </message>
    <message>
        <location filename="../widgets/checks/ChecksPage.cpp" line="-10"/>
        <source>Open in Browse</source>
        <translation>In Durchsuchen öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the range and check its events</source>
        <translation>Den Bereich lesen und seine Ereignisse prüfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking… %p%</source>
        <translation>Prüfung … %p %</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show the records of the chosen finding on the Browse page</source>
        <translation>Die Datensätze des gewählten Befunds auf der Seite Durchsuchen zeigen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The checks need an end: choose End, Count or Time under Until.</source>
        <translation>Die Prüfungen brauchen ein Ende: Wählen Sie unter Bis das Ende, eine Anzahl oder eine Zeit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Checked %1 records of %2.</source>
        <translation>%1 Datensätze aus %2 geprüft.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading and checking %1…</source>
        <translation>%1 wird gelesen und geprüft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking %1 records of %2…</source>
        <translation>%1 Datensätze aus %2 werden geprüft …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled before the checks finished, so there are no findings. Press Run to check again.</source>
        <translation>Abgebrochen, bevor die Prüfungen fertig waren, daher gibt es keine Befunde. Drücken Sie Prüfen, um erneut zu prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to check: reading failed before any record came (see above).</source>
        <translation>Nichts zu prüfen: Das Lesen schlug fehl, bevor ein Datensatz kam (siehe oben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No records in this range of %1: the partitions may be empty there. Try starting at the beginning.</source>
        <translation>Keine Datensätze in diesem Bereich von %1: Die Partitionen sind dort womöglich leer. Beginnen Sie am Anfang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a topic and press Run, or choose events on the Browse page and &quot;Check these events…&quot;.</source>
        <translation>Wählen Sie ein Topic und drücken Sie Prüfen, oder wählen Sie auf der Seite Durchsuchen Ereignisse und „Diese Ereignisse prüfen …“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected. Connect to a cluster, then choose a topic and press Run.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Cluster, wählen Sie ein Topic und drücken Sie Prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No records to check in %1.</source>
        <translation>Keine Datensätze zu prüfen in %1.</translation>
    </message>
    <message>
        <location filename="../widgets/checks/LatencyHistogramChart.cpp" line="+32"/>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay (ms)</source>
        <translation>Verzögerung (ms)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Flow latency per step:</source>
        <translation>Ablauf-Latenz je Schritt:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the checks to see how long each step of a flow takes.</source>
        <translation>Starten Sie die Prüfungen, um zu sehen, wie lange jeder Schritt eines Ablaufs dauert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No step to measure: no two events of one trace (W3C traceparent) were found.</source>
        <translation>Kein Schritt zu messen: Es wurden keine zwei Ereignisse desselben Traces (W3C-traceparent) gefunden.</translation>
    </message>
    <message>
        <location filename="../widgets/common/LiveTextLabel.cpp" line="+99"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+41"/>
        <source>Streamscope: live Kafka streams for your desktop.</source>
        <translation>Streamscope: Live-Kafka-Streams für Ihren Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to HOST:PORT.</source>
        <translation>Mit HOST:PORT verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved profile.</source>
        <translation>Ein gespeichertes Profil öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>librdkafka property key=value.</source>
        <translation>librdkafka-Eigenschaft key=value.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client config file.</source>
        <translation>Client-Konfigurationsdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a screenshot of the window, then quit.</source>
        <translation>Einen Screenshot des Fensters speichern und dann beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit after this many milliseconds.</source>
        <translation>Nach so vielen Millisekunden beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print startup timings and memory, then quit.</source>
        <translation>Startzeiten und Speicherverbrauch ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this page: %1.</source>
        <translation>Diese Seite öffnen: %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open the Checks page and check the last 1000 messages per partition of this topic once connected.</source>
        <translation>Nach dem Verbinden die Seite Prüfungen öffnen und die letzten 1000 Nachrichten je Partition dieses Topics prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decode Avro, Protobuf and JSON Schema payloads through this Confluent-compatible Schema Registry (the same as -X schema.registry.url=URL).</source>
        <translation>Avro-, Protobuf- und JSON-Schema-Nutzdaten über diese Confluent-kompatible Schema Registry decodieren (dasselbe wie -X schema.registry.url=URL).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>--page expects one of %1, got &quot;%2&quot;</source>
        <translation>--page erwartet eines von %1, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>With --screenshot: wait this long after the first data.</source>
        <translation>Mit --screenshot: so lange nach den ersten Daten warten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart the N busiest topics on the Throughput page.</source>
        <translation>Die N aktivsten Topics auf der Durchsatz-Seite als Diagramm zeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sampling interval in milliseconds (1000-60000).</source>
        <translation>Messintervall in Millisekunden (1000-60000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the Throughput page, measure event-loop stalls for this many seconds (1 s sampling), print them, then quit.</source>
        <translation>Auf der Durchsatz-Seite so viele Sekunden lang Blockaden der Ereignisschleife messen (Messintervall 1 s), ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the Browse page and read the last 1000 messages per partition of this topic once connected.</source>
        <translation>Die Seite Durchsuchen öffnen und nach dem Verbinden die letzten 1000 Nachrichten je Partition dieses Topics lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --browse-topic: apply this filter.</source>
        <translation>Mit --browse-topic: diesen Filter anwenden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--%1 expects a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, erhalten: &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>streamscope::GraphMiniMap</name>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="+207"/>
        <source>Overview: click or drag to move the view.</source>
        <translation>Übersicht: Klicken oder Ziehen verschiebt die Ansicht.</translation>
    </message>
</context>
<context>
    <name>streamscope::GraphPage</name>
    <message>
        <location filename="../widgets/graph/GraphPage.cpp" line="+74"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole graph</source>
        <translation>Den ganzen Graphen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The neighbourhood of one service: the topics it produces to and consumes from, with their producers and consumers.</source>
        <translation>Die Nachbarschaft eines Services: die Topics, in die er schreibt und aus denen er liest, mit deren Produzenten und Konsumenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle edges expire after</source>
        <translation>Ruhende Kanten verfallen nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naming rules…</source>
        <translation>Namensregeln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphviz DOT…</source>
        <translation>Graphviz-DOT…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Neighbourhood of %1</source>
        <translation>Nachbarschaft von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected. Connect to a cluster to see which services produce to and consume from which topics.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Cluster, um zu sehen, welche Services in welche Topics schreiben und aus welchen sie lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inferring the graph: reading the newest records of each topic and the consumer groups. The first picture comes within a few seconds.</source>
        <translation>Der Graph wird ermittelt: Die neuesten Nachrichten jedes Topics und die Consumer-Gruppen werden gelesen. Das erste Bild erscheint in wenigen Sekunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No traffic seen yet: no topic has recent records and no consumer group reads any topic.</source>
        <translation>Noch kein Verkehr zu sehen: Kein Topic hat jüngere Nachrichten und keine Consumer-Gruppe liest ein Topic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no edges any more (its traffic expired). Choose &quot;All services&quot;.</source>
        <translation>%1 hat keine Kanten mehr (sein Verkehr ist verfallen). Wählen Sie &quot;Alle Services&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 services, %2 topics, %3 edges (%4 idle), %5 trace-confirmed hops; updated %6. Hover a node for its up- and downstream; click a topic to open it, a consumer edge for its lag.</source>
        <translation>%1 Services, %2 Topics, %3 Kanten (%4 ruhend), %5 per Trace bestätigte Schritte; aktualisiert %6. Zeigen Sie auf einen Knoten für sein Vor- und Nachfeld; ein Klick auf ein Topic öffnet es, auf eine Konsumkante ihren Lag.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no graph to export yet.</source>
        <translation>Es gibt noch keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Graphviz could not draw the graph as SVG.</source>
        <translation>Graphviz konnte den Graphen nicht als SVG zeichnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Graphviz-Dateien (*.dot *.gv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the graph</source>
        <translation>Den Graphen exportieren</translation>
    </message>
</context>
<context>
    <name>streamscope::NamingRulesDialog</name>
    <message>
        <location filename="../widgets/graph/NamingRulesDialog.cpp" line="+20"/>
        <source>Service naming rules</source>
        <translation>Namensregeln für Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One rule per line. &lt;b&gt;header NAME&lt;/b&gt;: a record header that names its producer, first match wins (CloudEvents sources are reduced to their last segment). &lt;b&gt;library REGEX&lt;/b&gt;: client ids that are library defaults; a group whose members share such an id is named by its group id. &lt;b&gt;rewrite REGEX =&amp;gt; REPLACEMENT&lt;/b&gt;: applied to every service name, e.g. &lt;tt&gt;rewrite -(v\d+|canary)$ =&amp;gt;&lt;/tt&gt; strips a version suffix. Lines starting with # are comments.</source>
        <translation>Eine Regel pro Zeile. &lt;b&gt;header NAME&lt;/b&gt;: ein Nachrichten-Header, der den Produzenten nennt; der erste Treffer gilt (CloudEvents-Quellen werden auf ihr letztes Segment gekürzt). &lt;b&gt;library REGEX&lt;/b&gt;: Client-IDs, die Bibliotheksvorgaben sind; eine Gruppe, deren Mitglieder eine solche ID teilen, heißt wie ihre Gruppen-ID. &lt;b&gt;rewrite REGEX =&amp;gt; ERSATZ&lt;/b&gt;: gilt für jeden Service-Namen, z. B. entfernt &lt;tt&gt;rewrite -(v\d+|canary)$ =&amp;gt;&lt;/tt&gt; ein Versionssuffix. Zeilen, die mit # beginnen, sind Kommentare.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n identity header(s), %1 library pattern(s), %2 rewrite(s).</source>
        <translation>
            <numerusform>%n Kennungs-Header, %1 Bibliotheksmuster, %2 Umschreibungen.</numerusform>
            <numerusform>%n Kennungs-Header, %1 Bibliotheksmuster, %2 Umschreibungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>streamscope::cli</name>
    <message>
        <location filename="../app/cli/ResetOffsetsCommand.cpp" line="+35"/>
        <source>topic &quot;%1&quot; does not exist</source>
        <translation>Topic &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The consumer group (required).</source>
        <translation>Die Consumer-Gruppe (Pflicht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this topic (repeatable; default: every topic the group has committed offsets on).</source>
        <translation>Nur dieses Topic (wiederholbar; Standard: jedes Topic, auf dem die Gruppe Offsets committet hat).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to the log start offset.</source>
        <translation>Auf den Log-Anfang setzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the end offset.</source>
        <translation>Auf den End-Offset setzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the first offset at or after this time (ISO 8601, e.g. 2026-12-01T10:00:00Z; local time without a zone).</source>
        <translation>Auf den ersten Offset ab diesem Zeitpunkt setzen (ISO 8601, z. B. 2026-12-01T10:00:00Z; Ortszeit ohne Zeitzone).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to this offset.</source>
        <translation>Auf diesen Offset setzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move by N from the committed offset (negative: back).</source>
        <translation>Um N vom committeten Offset verschieben (negativ: zurück).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset the offsets. Without it, only the plan is printed (a dry run).</source>
        <translation>Die Offsets zurücksetzen. Ohne diese Option wird nur der Plan ausgegeben (Probelauf).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--group is required</source>
        <translation>--group ist erforderlich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>say where to move: --to-earliest, --to-latest, --to-datetime, --to-offset or --shift-by</source>
        <translation>geben Sie das Ziel an: --to-earliest, --to-latest, --to-datetime, --to-offset oder --shift-by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of %1</source>
        <translation>wählen Sie eines von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to-datetime expects an ISO 8601 time like 2026-12-01T10:00:00Z, got &quot;%1&quot;</source>
        <translation>--to-datetime erwartet eine ISO-8601-Zeit wie 2026-12-01T10:00:00Z, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 expects %2, got &quot;%3&quot;</source>
        <translation>--%1 erwartet %2, erhalten: &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an offset (0 or more)</source>
        <translation>einen Offset (0 oder größer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a whole number of messages</source>
        <translation>eine ganze Zahl von Nachrichten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the start and end offsets: %1</source>
        <translation>Start- und End-Offsets nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dry run: nothing was changed. Add --execute to reset these offsets.</source>
        <translation>Probelauf: Nichts wurde geändert. Mit --execute werden diese Offsets zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 partitions could not be reset</source>
        <translation>%1 von %2 Partitionen konnten nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1 partitions of group %2.</source>
        <translation>%1 Partitionen der Gruppe %2 zurückgesetzt.</translation>
    </message>
</context>
</TS>
