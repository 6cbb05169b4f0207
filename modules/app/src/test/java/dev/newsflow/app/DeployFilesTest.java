package dev.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsflow.crawl.site.SiteListLoader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The deployment files in {@code deploy/} (Docker Compose, Kubernetes, Prometheus, Grafana) parse, and what
 * they hand to newsflow exists: every command line goes through the real picocli parser (so subcommands and
 * options are the CLI's), and every configuration key they pass, in a properties file or with {@code --set},
 * is one of {@code deploy/newsflow.properties} or a {@code kafka.*} client key.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("../../deploy").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An active ({@code key=}) or commented-out ({@code #key=}) line of the reference file; prose comments have "# ". */
    private static final Pattern REFERENCE_KEY = Pattern.compile("^#?([A-Za-z][A-Za-z0-9._-]*)\\s*=", Pattern.MULTILINE);

    private static Set<String> referenceKeys;

    @BeforeAll
    static void readReference() throws IOException {
        referenceKeys = keysOfReference(Files.readString(DEPLOY.resolve("newsflow.properties"), StandardCharsets.UTF_8));
        assertTrue(referenceKeys.contains("newsflow.store.url"), "reference file not read: " + referenceKeys);
    }

    // --- the checks' own tools ----------------------------------------------------------------------------

    @Test
    void keyCheckRejectsAKeyTheReferenceDoesNotName() {
        Set<String> reference = keysOfReference("""
                # Where embedded run modes keep their data.
                #newsflow.web.port=8080
                newsflow.store.url=jdbc:sqlite:x.db
                """);
        assertEquals(Set.of("newsflow.web.port", "newsflow.store.url"), reference);
        assertEquals(List.of("newsflow.web.prot"), unknownKeys(
                Set.of("newsflow.web.port", "newsflow.web.prot", "kafka.security.protocol"), reference));
        // and against the real reference
        assertEquals(List.of("newsflow.web.prot"), unknownKeys(Set.of("newsflow.web.prot", "newsflow.web.port")));
    }

    @Test
    void invocationCheckReportsUnknownKeysSubcommandsAndOptions() {
        Function<String, Optional<String>> files = path -> Optional.of("newsflow.store.urll=jdbc:postgresql://db/x\n");
        AssertionError badKey = assertFails(() -> checkInvocation(
                new Invocation("example", List.of("sink", "--config", "/etc/newsflow/newsflow.properties"), files)));
        assertTrue(badKey.getMessage().contains("newsflow.store.urll"), badKey.getMessage());
        AssertionError badSet = assertFails(() -> checkInvocation(
                new Invocation("example", List.of("serve", "--set", "newsflow.web.bind=0.0.0.0"), files)));
        assertTrue(badSet.getMessage().contains("newsflow.web.bind"), badSet.getMessage());
        assertFails(() -> checkInvocation(new Invocation("example", List.of("streams"), files)));
        assertFails(() -> checkInvocation(new Invocation("example", List.of("serve", "--bind-address", "0.0.0.0"), files)));
    }

    // --- every file parses ----------------------------------------------------------------------------------

    @Test
    void everyYamlFileParses() throws IOException {
        List<Path> files = deployFiles(".yml", ".yaml");
        assertTrue(files.size() >= 8, "YAML files found: " + files);
        for (Path file : files) {
            List<JsonNode> documents = yamlDocuments(file);
            assertFalse(documents.isEmpty(), file + " holds no document");
            for (JsonNode document : documents) {
                assertTrue(document.isObject(), file + ": a document is not a mapping");
            }
        }
    }

    @Test
    void everyJsonFileParses() throws IOException {
        List<Path> files = deployFiles(".json");
        assertFalse(files.isEmpty());
        for (Path file : files) {
            assertTrue(JSON.readTree(file.toFile()).isObject(), file + " is not a JSON object");
        }
    }

    // --- Docker Compose ---------------------------------------------------------------------------------------

    @Test
    void composeServicesRunKnownCommandsWithKnownKeys() throws IOException {
        Map<String, Properties> configs = composeNewsflowServices();
        assertEquals(Set.of("crawl", "stream", "sink", "serve"), Set.copyOf(subcommandsOf(compose())),
                "the compose file runs crawl, stream, sink and serve from the project's image");
        assertEquals(Set.of("crawl", "stream", "sink", "serve"), configs.keySet());
        for (Properties config : configs.values()) {
            assertTrue(config.getProperty("kafka.bootstrap.servers", "").startsWith("kafka:"),
                    "newsflow services use the compose broker");
        }
        assertTrue(configs.get("sink").getProperty("newsflow.store.url").startsWith("jdbc:postgresql://postgres:"));
        assertTrue(configs.get("serve").getProperty("newsflow.store.url").startsWith("jdbc:postgresql://postgres:"));
    }

    @Test
    void composeRunsOneKraftKafkaReadyForExactlyOnce() throws IOException {
        JsonNode kafka = compose().path("services").path("kafka");
        assertTrue(kafka.path("image").asText().startsWith("apache/kafka:"), "apache/kafka image");
        JsonNode env = kafka.path("environment");
        assertEquals("broker,controller", env.path("KAFKA_PROCESS_ROLES").asText());
        assertEquals("1", env.path("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText());
        assertEquals("1", env.path("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asText());
        assertEquals("1", env.path("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asText());
        // newsflow's own topics and Streams' internal topics must not ask for more replicas than one broker has
        for (Properties config : composeNewsflowServices().values()) {
            assertEquals("1", config.getProperty("newsflow.topics.replication-factor"));
        }
    }

    @Test
    void composeStreamKeepsItsStateOnANamedVolume() throws IOException {
        JsonNode compose = compose();
        String stateDir = streamsStateDir(composeNewsflowServices().get("stream"));
        String volume = null;
        for (JsonNode mount : compose.path("services").path("stream").path("volumes")) {
            String[] parts = mount.asText().split(":");
            if (within(stateDir, parts[1])) {
                volume = parts[0];
            }
        }
        assertNotNull(volume, "no volume holds the stream's state dir " + stateDir);
        assertTrue(compose.path("volumes").has(volume), "named volume " + volume + " is declared");
    }

    @Test
    void composeServeIsReachableAndHealthChecked() throws IOException {
        JsonNode serve = compose().path("services").path("serve");
        Properties config = composeNewsflowServices().get("serve");
        assertEquals("0.0.0.0", config.getProperty("newsflow.web.bind-address"), "reachable from its network");
        String port = config.getProperty("newsflow.web.port", "8080");
        assertTrue(serve.path("ports").get(0).asText().endsWith(":" + port));
        assertTrue(serve.path("healthcheck").path("test").toString().contains("/health/ready"));
    }

    // --- Kubernetes -------------------------------------------------------------------------------------------

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        JsonNode kustomization = yamlDocuments(DEPLOY.resolve("k8s/kustomization.yaml")).get(0);
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        Set<String> present;
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            present = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
        for (JsonNode document : kubernetes()) {
            assertFalse(document.path("metadata").has("namespace"), "manifests are namespace-agnostic");
        }
    }

    @Test
    void kubernetesConfigMapsHoldKnownKeysAndALoadableSiteFile() {
        int propertiesFiles = 0;
        for (JsonNode configMap : ofKind("ConfigMap")) {
            var entries = configMap.path("data").properties().iterator();
            while (entries.hasNext()) {
                var entry = entries.next();
                String where = "ConfigMap " + configMap.path("metadata").path("name").asText() + "/" + entry.getKey();
                if (entry.getKey().endsWith(".properties")) {
                    propertiesFiles++;
                    assertEquals(List.of(), unknownKeys(properties(entry.getValue().asText()).stringPropertyNames()),
                            where + " names keys deploy/newsflow.properties does not know");
                } else if (entry.getKey().endsWith(".yaml")) {
                    new SiteListLoader().parse(entry.getValue().asText(), where);
                }
            }
        }
        assertEquals(1, propertiesFiles, "one newsflow.properties for every pod");
    }

    @Test
    void kubernetesWorkloadsRunKnownCommandsWithKnownKeys() {
        Map<String, Properties> configs = new HashMap<>();
        for (Workload workload : workloads()) {
            assertFalse(workload.container().has("command"), workload + ": the image's entrypoint runs newsflow");
            configs.put(workload.subcommand(), checkInvocation(workload.invocation()));
        }
        assertEquals(Set.of("crawl", "stream", "sink", "serve"), configs.keySet());
        assertEquals("0.0.0.0", configs.get("serve").getProperty("newsflow.web.bind-address"),
                "the dashboard listens where the kubelet's probes and the Service reach it");
    }

    @Test
    void streamsApplicationIsAStatefulSetWithPersistentStateAndAHeadlessService() {
        List<Workload> streams = workloads().stream().filter(w -> w.subcommand().equals("stream")).toList();
        assertEquals(1, streams.size());
        Workload stream = streams.get(0);
        assertEquals("StatefulSet", stream.manifest().path("kind").asText());
        Properties config = checkInvocation(stream.invocation());
        String stateDir = streamsStateDir(config);

        Set<String> claims = new TreeSet<>();
        stream.manifest().path("spec").path("volumeClaimTemplates")
                .forEach(claim -> claims.add(claim.path("metadata").path("name").asText()));
        assertFalse(claims.isEmpty(), "the StatefulSet claims a volume per pod");
        assertTrue(stream.mounts().entrySet().stream()
                        .anyMatch(mount -> claims.contains(mount.getValue()) && within(stateDir, mount.getKey())),
                "a volumeClaimTemplate holds the state dir " + stateDir + "; mounts: " + stream.mounts());

        String serviceName = stream.manifest().path("spec").path("serviceName").asText();
        JsonNode service = ofKind("Service").stream()
                .filter(s -> s.path("metadata").path("name").asText().equals(serviceName)).findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + serviceName));
        assertEquals("None", service.path("spec").path("clusterIP").asText(), "the governing Service is headless");

        // each pod advertises its own stable DNS name under that Service
        String server = config.getProperty("newsflow.stream.application-server");
        if (server != null) {
            assertTrue(server.startsWith("$(POD_NAME)." + serviceName + ":"), server);
            JsonNode podName = null;
            for (JsonNode env : stream.container().path("env")) {
                if (env.path("name").asText().equals("POD_NAME")) {
                    podName = env;
                }
            }
            assertNotNull(podName, "POD_NAME is set");
            assertEquals("metadata.name", podName.path("valueFrom").path("fieldRef").path("fieldPath").asText());
        }
    }

    @Test
    void probesUseTheHealthEndpointsOnThePortEachProcessServes() {
        for (Workload workload : workloads()) {
            JsonNode container = workload.container();
            String port;
            if (workload.subcommand().equals("serve")) {
                Properties config = checkInvocation(workload.invocation());
                port = config.getProperty("newsflow.web.port", "8080");
            } else {
                List<String> args = new ArrayList<>();
                container.path("args").forEach(arg -> args.add(arg.asText()));
                int at = args.indexOf("--metrics-port");
                assertTrue(at >= 0 && at + 1 < args.size(), workload + " serves its metrics and health: " + args);
                port = args.get(at + 1);
                int bind = args.indexOf("--metrics-bind");
                assertTrue(bind >= 0 && args.get(bind + 1).equals("0.0.0.0"), workload + " listens beyond loopback for its probes");
            }
            assertEquals("/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(), workload.toString());
            assertEquals("/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(), workload.toString());
            for (String probe : List.of("livenessProbe", "readinessProbe")) {
                String probePort = container.path(probe).path("httpGet").path("port").asText();
                assertEquals(port, containerPorts(container).getOrDefault(probePort, probePort),
                        workload + ": " + probe + " targets the port the process serves");
            }
        }
    }

    // --- Prometheus and Grafana ---------------------------------------------------------------------------------

    @Test
    void prometheusScrapesTheDashboardsMetricsPath() throws IOException {
        List<Path> files = deployFiles(".yml").stream().filter(file -> file.startsWith(DEPLOY.resolve("prometheus"))).toList();
        assertFalse(files.isEmpty());
        for (Path file : files) {
            JsonNode scrapeConfigs = yamlDocuments(file).get(0).path("scrape_configs");
            assertTrue(scrapeConfigs.size() > 0, file + " has no scrape_configs");
            for (JsonNode job : scrapeConfigs) {
                assertEquals("/metrics", job.path("metrics_path").asText(), file + " job " + job.path("job_name"));
            }
        }
        // the compose Prometheus scrapes the compose service that runs `serve`, on its port
        Map<String, Properties> services = composeNewsflowServices();
        JsonNode job = yamlDocuments(DEPLOY.resolve("prometheus/prometheus.yml")).get(0).path("scrape_configs").get(0);
        for (JsonNode target : job.path("static_configs").get(0).path("targets")) {
            String[] hostPort = target.asText().split(":");
            assertEquals("serve", subcommandOfService(hostPort[0]), target + " is the dashboard");
            assertEquals(services.get(hostPort[0]).getProperty("newsflow.web.port", "8080"), hostPort[1]);
        }
        // ...and the other services on the port their command line gives --metrics-port
        JsonNode pipeline = yamlDocuments(DEPLOY.resolve("prometheus/prometheus.yml")).get(0).path("scrape_configs").get(1);
        for (JsonNode target : pipeline.path("static_configs").get(0).path("targets")) {
            String[] hostPort = target.asText().split(":");
            List<String> command = new ArrayList<>();
            compose().path("services").path(hostPort[0]).path("command").forEach(arg -> command.add(arg.asText()));
            int at = command.indexOf("--metrics-port");
            assertTrue(at >= 0, target + ": the service serves metrics: " + command);
            assertEquals(command.get(at + 1), hostPort[1], target.asText());
        }
    }

    @Test
    void grafanaDashboardQueriesPrometheusOnEveryPanel() throws IOException {
        JsonNode dashboard = JSON.readTree(DEPLOY.resolve("grafana/newsflow-dashboard.json").toFile());
        assertFalse(dashboard.path("title").asText().isBlank());
        int panels = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            panels++;
            assertFalse(panel.path("description").asText().isBlank(), panel.path("title") + " documents its query");
            assertTrue(panel.path("targets").size() > 0, panel.path("title") + " has no query");
            for (JsonNode target : panel.path("targets")) {
                assertFalse(target.path("expr").asText().isBlank(), panel.path("title") + " has an empty query");
            }
        }
        assertTrue(panels > 0);
    }

    @Test
    void dockerfileBuildsTheAppAndRunsItAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("./mvnw -B -DskipTests package -pl modules/app -am"));
        assertTrue(dockerfile.contains("modules/app/target/newsflow-app.jar"));
        assertTrue(dockerfile.contains("modules/app/target/lib"));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        assertTrue(user.find(), "the runtime stage names its user");
        assertFalse(user.group(1).startsWith("root") || user.group(1).startsWith("0"), "non-root: " + user.group(1));
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT\\s+(.+)$").matcher(dockerfile);
        assertTrue(entrypoint.find());
        assertTrue(entrypoint.group(1).contains("\"-jar\", \"newsflow-app.jar\""), entrypoint.group(1));
    }

    // --- invocations: one newsflow command line with the files it can see ------------------------------------------

    /** A newsflow command line as a deployment file writes it, and the files its container can read. */
    private record Invocation(String where, List<String> args, Function<String, Optional<String>> files) {}

    /**
     * Parses the command line with the real CLI, reads the {@code --config} file it names (which must be
     * mounted) and the site file, and returns the configuration it runs with. Fails naming {@code where} on an
     * unknown subcommand or option, a missing file, an unknown key or a site file the crawler refuses.
     */
    private static Properties checkInvocation(Invocation invocation) {
        String where = invocation.where();
        ParseResult parsed;
        try {
            parsed = Newsflow.commandLine().parseArgs(invocation.args().toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError(where + ": newsflow refuses " + invocation.args() + ": " + e.getMessage(), e);
        }
        assertTrue(parsed.hasSubcommand(), where + ": no subcommand in " + invocation.args());
        ParseResult command = parsed.subcommand();
        assertTrue(Newsflow.commandLine().getSubcommands().containsKey(command.commandSpec().name()),
                where + ": unknown subcommand " + command.commandSpec().name());

        Properties config = new Properties();
        Path configFile = command.matchedOptionValue("--config", null);
        if (configFile != null) {
            String text = invocation.files().apply(configFile.toString())
                    .orElseThrow(() -> new AssertionError(where + ": " + configFile + " is not mounted"));
            config.putAll(properties(text));
        }
        Map<String, String> overrides = command.matchedOptionValue("--set", Map.of());
        config.putAll(overrides);
        List<String> unknown = unknownKeys(config.stringPropertyNames());
        assertTrue(unknown.isEmpty(), where + " names keys deploy/newsflow.properties does not know: " + unknown);

        Path sites = command.hasMatchedOption("--sites") ? command.matchedOptionValue("--sites", null) : null;
        if (sites != null) {
            String text = invocation.files().apply(sites.toString())
                    .orElseThrow(() -> new AssertionError(where + ": site file " + sites + " is not mounted"));
            new SiteListLoader().parse(text, where + " " + sites);
        }
        return config;
    }

    /** Where Kafka Streams keeps its stores: {@code newsflow.stream.state-dir}, else {@code <newsflow.data-dir>/streams}. */
    private static String streamsStateDir(Properties config) {
        String stateDir = config.getProperty("newsflow.stream.state-dir");
        if (stateDir != null) {
            return stateDir;
        }
        String dataDir = config.getProperty("newsflow.data-dir");
        assertNotNull(dataDir, "the stream sets newsflow.stream.state-dir or newsflow.data-dir (a container has no newsflow home)");
        return dataDir + "/streams";
    }

    private static boolean within(String path, String directory) {
        return path.equals(directory) || path.startsWith(directory.endsWith("/") ? directory : directory + "/");
    }

    private static List<String> unknownKeys(Set<String> keys) {
        return unknownKeys(keys, referenceKeys);
    }

    /** Keys neither in the reference nor passed through to the Kafka clients ({@code kafka.*}), sorted. */
    private static List<String> unknownKeys(Set<String> keys, Set<String> reference) {
        return keys.stream().filter(key -> !key.startsWith("kafka.") && !reference.contains(key)).sorted().toList();
    }

    private static Set<String> keysOfReference(String text) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = REFERENCE_KEY.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    // --- compose ------------------------------------------------------------------------------------------------

    private static JsonNode compose() throws IOException {
        return yamlDocuments(DEPLOY.resolve("docker-compose.yml")).get(0);
    }

    /** The compose services built from the project's image, with the configuration each runs with. */
    private static Map<String, Properties> composeNewsflowServices() throws IOException {
        Map<String, Properties> configs = new HashMap<>();
        var services = compose().path("services").properties().iterator();
        while (services.hasNext()) {
            var service = services.next();
            if (!service.getValue().has("build")) {
                continue;
            }
            JsonNode command = service.getValue().path("command");
            assertTrue(command.isArray(), "compose " + service.getKey() + ": command is a list of arguments");
            List<String> args = new ArrayList<>();
            command.forEach(arg -> args.add(arg.asText()));
            Map<String, Path> mounts = new HashMap<>();
            for (JsonNode volume : service.getValue().path("volumes")) {
                String[] parts = volume.asText().split(":");
                if (parts[0].startsWith("./")) {
                    mounts.put(parts[1], DEPLOY.resolve(parts[0].substring(2)));
                }
            }
            Function<String, Optional<String>> files = path -> Optional.ofNullable(mounts.get(path)).map(DeployFilesTest::read);
            configs.put(service.getKey(), checkInvocation(new Invocation("compose service " + service.getKey(), args, files)));
        }
        return configs;
    }

    private static List<String> subcommandsOf(JsonNode compose) {
        List<String> subcommands = new ArrayList<>();
        compose.path("services").forEach(service -> {
            if (service.has("build")) {
                subcommands.add(service.path("command").get(0).asText());
            }
        });
        return subcommands;
    }

    private static String subcommandOfService(String name) throws IOException {
        return compose().path("services").path(name).path("command").get(0).asText();
    }

    // --- Kubernetes ---------------------------------------------------------------------------------------------

    /** A container of a Deployment or StatefulSet, with its volume mounts (mount path to volume name). */
    private record Workload(JsonNode manifest, JsonNode container, Map<String, String> mounts,
            Function<String, Optional<String>> files) {

        String subcommand() {
            return container.path("args").get(0).asText();
        }

        Invocation invocation() {
            List<String> args = new ArrayList<>();
            container.path("args").forEach(arg -> args.add(arg.asText()));
            return new Invocation(toString(), args, files);
        }

        @Override
        public String toString() {
            return manifest.path("kind").asText() + " " + manifest.path("metadata").path("name").asText()
                    + " container " + container.path("name").asText();
        }
    }

    private static List<Workload> workloads() {
        Map<String, JsonNode> configMaps = new HashMap<>();
        ofKind("ConfigMap").forEach(map -> configMaps.put(map.path("metadata").path("name").asText(), map));
        List<Workload> workloads = new ArrayList<>();
        for (JsonNode manifest : kubernetes()) {
            String kind = manifest.path("kind").asText();
            if (!kind.equals("Deployment") && !kind.equals("StatefulSet")) {
                continue;
            }
            JsonNode pod = manifest.path("spec").path("template").path("spec");
            Map<String, String> configMapOfVolume = new HashMap<>();
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("configMap")) {
                    configMapOfVolume.put(volume.path("name").asText(), volume.path("configMap").path("name").asText());
                }
            }
            for (JsonNode container : pod.path("containers")) {
                assertTrue(container.path("args").isArray(), kind + ": args is a list of arguments");
                Map<String, String> mounts = new HashMap<>();
                container.path("volumeMounts").forEach(mount -> mounts.put(mount.path("mountPath").asText(), mount.path("name").asText()));
                Function<String, Optional<String>> files = path -> mounts.entrySet().stream()
                        .filter(mount -> path.startsWith(mount.getKey() + "/"))
                        .filter(mount -> configMapOfVolume.containsKey(mount.getValue()))
                        .map(mount -> configMaps.get(configMapOfVolume.get(mount.getValue())))
                        .filter(map -> map != null)
                        .map(map -> map.path("data").path(path.substring(path.lastIndexOf('/') + 1)))
                        .filter(JsonNode::isTextual).map(JsonNode::asText).findFirst();
                workloads.add(new Workload(manifest, container, mounts, files));
            }
        }
        return workloads;
    }

    private static Map<String, String> containerPorts(JsonNode container) {
        Map<String, String> ports = new HashMap<>();
        container.path("ports").forEach(port -> ports.put(port.path("name").asText(), port.path("containerPort").asText()));
        return ports;
    }

    private static List<JsonNode> ofKind(String kind) {
        return kubernetes().stream().filter(document -> document.path("kind").asText().equals(kind)).toList();
    }

    private static List<JsonNode> kubernetes() {
        List<JsonNode> documents = new ArrayList<>();
        try {
            for (Path file : deployFiles(".yaml")) {
                if (file.startsWith(DEPLOY.resolve("k8s")) && !file.getFileName().toString().equals("kustomization.yaml")) {
                    documents.addAll(yamlDocuments(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(documents.isEmpty(), "no Kubernetes manifests in deploy/k8s");
        return documents;
    }

    // --- files --------------------------------------------------------------------------------------------------

    private static List<Path> deployFiles(String... suffixes) throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(suffixes).anyMatch(file.getFileName().toString()::endsWith))
                    .sorted().toList();
        }
    }

    /** Every document of a (possibly multi-document) YAML file. */
    private static List<JsonNode> yamlDocuments(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    private static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AssertionError assertFails(Runnable check) {
        try {
            check.run();
        } catch (AssertionError expected) {
            return expected;
        }
        return fail("the check accepted what it must refuse");
    }
}
