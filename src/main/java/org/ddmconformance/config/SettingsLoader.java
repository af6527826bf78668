package org.ddmconformance.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@link Settings} from system properties, then environment variables, then the settings file named by
 * DDM_CONFIG, then defaults. Every problem found is reported at once, in one {@link ConfigurationException}.
 */
public final class SettingsLoader {

    /** Settings that describe the endpoint's own data; in mock mode the mock's fixture replaces them. */
    private static final List<Setting> ENDPOINT_DATA = List.of(Setting.PROJECT_ID, Setting.INSTANCE_ID,
            Setting.AUTH_TOKEN, Setting.BACKUP_ID, Setting.RESTORE_TIME, Setting.TARGET_INSTANCE_ID,
            Setting.TARGET_DATA_NODES, Setting.IAM_URL, Setting.IAM_DOMAIN, Setting.IAM_USERNAME,
            Setting.IAM_PASSWORD);
    /** Needed against a real endpoint; the token may come from IAM instead. */
    private static final List<Setting> REQUIRED = List.of(Setting.PROJECT_ID, Setting.INSTANCE_ID,
            Setting.BACKUP_ID, Setting.RESTORE_TIME, Setting.TARGET_INSTANCE_ID, Setting.TARGET_DATA_NODES);
    /** Needed against a real endpoint when the rest of the fixture is discovered (DDM_DISCOVER=true). */
    private static final List<Setting> REQUIRED_WITH_DISCOVERY = List.of(Setting.PROJECT_ID, Setting.INSTANCE_ID);
    /** First poll interval of a job when the suite runs against its embedded mock, whose jobs take 50 ms. */
    static final int EMBEDDED_MOCK_FIRST_POLL_MS = 20;
    private static final List<Setting> IAM = List.of(Setting.IAM_URL, Setting.IAM_DOMAIN, Setting.IAM_USERNAME,
            Setting.IAM_PASSWORD);

    /** Default run deadline against a real endpoint, in seconds: without restores, and with them. */
    public static final long RUN_TIMEOUT_S = 1800;
    public static final long RUN_TIMEOUT_WITH_RESTORES_S = 14_400;

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Properties file;
    private final List<String> problems = new ArrayList<>();

    private SettingsLoader(Map<String, String> systemProperties, Map<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.file = readSettingsFile();
    }

    /** Settings of this JVM: system properties and environment. */
    public static Settings fromSystem(Properties mockFixture) {
        Map<String, String> properties = System.getProperties().stringPropertyNames().stream()
                .collect(Collectors.toMap(name -> name, System::getProperty));
        return load(properties, System.getenv(), mockFixture);
    }

    /**
     * @param mockFixture the embedded mock's fixture (property names as in {@link Setting#property()}), used
     *                    when no base URL is configured
     */
    public static Settings load(Map<String, String> systemProperties, Map<String, String> environment,
                                Properties mockFixture) {
        return new SettingsLoader(systemProperties, environment).settings(mockFixture);
    }

    private Settings settings(Properties mockFixture) {
        String baseUrl = value(Setting.BASE_URL);
        boolean embeddedMock = baseUrl == null;
        List<String> notices = new ArrayList<>();
        Fixture fixture;
        String token;
        Iam iam = null;
        if (embeddedMock) {
            List<String> ignored = ENDPOINT_DATA.stream().filter(s -> value(s) != null)
                    .map(Setting::environmentVariable).toList();
            if (!ignored.isEmpty()) {
                notices.add("DDM_BASE_URL is not set, so the suite runs against its embedded mock and ignores "
                        + String.join(", ", ignored) + ".");
            }
            fixture = fixture(mockFixture::getProperty);
            token = mockFixture.getProperty(Setting.AUTH_TOKEN.property());
        } else {
            checkUrl(Setting.BASE_URL, baseUrl);
            token = value(Setting.AUTH_TOKEN);
            List<Setting> needed = new ArrayList<>(bool(Setting.DISCOVER) ? REQUIRED_WITH_DISCOVERY : REQUIRED);
            boolean anyIam = IAM.stream().anyMatch(s -> value(s) != null);
            if (token == null) {
                needed.addAll(anyIam ? IAM : List.of(Setting.AUTH_TOKEN));
            }
            List<String> missing = needed.stream().filter(s -> value(s) == null)
                    .map(Setting::environmentVariable).toList();
            if (!missing.isEmpty()) {
                problems.add(0, "DDM_BASE_URL is set but these settings are missing: " + String.join(", ", missing)
                        + (token == null && !anyIam ? " (or the DDM_IAM_* settings instead of DDM_AUTH_TOKEN)" : "")
                        + "; set each as an environment variable, a -Dddm.* system property or in the DDM_CONFIG file");
            }
            if (missing.isEmpty() && token == null) {
                checkUrl(Setting.IAM_URL, value(Setting.IAM_URL));
                iam = new Iam(stripTrailingSlash(value(Setting.IAM_URL)), value(Setting.IAM_DOMAIN),
                        value(Setting.IAM_USERNAME), value(Setting.IAM_PASSWORD));
            }
            fixture = missing.isEmpty() ? fixture(name -> value(byProperty(name))) : null;
        }
        Tls tls = tls(notices);
        ProxySettings proxy = embeddedMock || !problems.isEmpty() ? null : proxy(URI.create(baseUrl));
        boolean allowRestore = bool(Setting.ALLOW_RESTORE);
        Transport transport = new Transport(positiveInt(Setting.CONNECT_TIMEOUT_MS),
                positiveInt(Setting.READ_TIMEOUT_MS), tls, proxy, nonNegativeInt(Setting.MAX_RETRIES),
                positiveLong(Setting.MAX_ANSWER_BYTES), runTimeoutS(embeddedMock, allowRestore));
        int restoreSpacing = nonNegativeInt(Setting.RESTORE_SPACING_MS);
        Selection selection = new Selection(value(Setting.TAGS), list(Setting.LEVELS), list(Setting.AREAS));
        Path reportsDir = Path.of(value(Setting.REPORTS_DIR));
        Exploration exploration = exploration();
        Output output = new Output(bool(Setting.VERBOSE), cucumberReports());
        Lifecycle lifecycle = lifecycle(embeddedMock);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("; ", problems) + ".");
        }
        return new Settings(embeddedMock ? null : stripTrailingSlash(baseUrl), embeddedMock, fixture, token, iam,
                allowRestore, restoreSpacing, transport, selection, reportsDir, notices, lifecycle, exploration,
                output);
    }

    private Lifecycle lifecycle(boolean embeddedMock) {
        boolean discover = bool(Setting.DISCOVER);
        Long start = null;
        Long end = null;
        String window = value(Setting.RESTORE_WINDOW);
        if (window != null) {
            String[] parts = window.split(",");
            try {
                if (parts.length == 2) {
                    start = Long.parseLong(parts[0].trim());
                    end = Long.parseLong(parts[1].trim());
                }
            } catch (NumberFormatException e) {
                start = null;
            }
            if (start == null || end == null || start <= 0 || end <= start) {
                problems.add("DDM_RESTORE_WINDOW must be start,end in milliseconds since the epoch with start before "
                        + "end, not '" + window + "'");
                start = null;
                end = null;
            }
        }
        int jobTimeout = positiveInt(Setting.JOB_TIMEOUT_S);
        boolean pollGiven = explicit(Setting.JOB_POLL_MS);
        int firstPoll = embeddedMock && !pollGiven ? EMBEDDED_MOCK_FIRST_POLL_MS : positiveInt(Setting.JOB_POLL_MS);
        return new Lifecycle(discover, start, end, jobTimeout, firstPoll, bool(Setting.JOB_API), secondTarget(discover));
    }

    private Target secondTarget(boolean discover) {
        String instance = value(Setting.SECOND_TARGET_INSTANCE_ID);
        String nodes = value(Setting.SECOND_TARGET_DATA_NODES);
        if (instance == null) {
            if (nodes != null) {
                problems.add("DDM_SECOND_TARGET_DATA_NODES is set without DDM_SECOND_TARGET_INSTANCE_ID");
            }
            return null;
        }
        if (nodes == null && !discover) {
            problems.add("DDM_SECOND_TARGET_DATA_NODES must be set with DDM_SECOND_TARGET_INSTANCE_ID when "
                    + "DDM_DISCOVER=false");
        }
        if (nodes != null && split(nodes).isEmpty()) {
            problems.add("DDM_SECOND_TARGET_DATA_NODES must name at least one data node (comma-separated)");
        }
        return new Target(instance, split(nodes));
    }

    /** Whether a setting was given at all (not just defaulted). */
    private boolean explicit(Setting setting) {
        return systemProperties.get(setting.property()) != null || environment.get(setting.environmentVariable()) != null
                || file != null && file.getProperty(setting.property()) != null;
    }

    private Exploration exploration() {
        String mode = value(Setting.EXPLORE);
        Exploration.Mode parsed = Exploration.Mode.FULL;
        try {
            parsed = Exploration.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("DDM_EXPLORE must be full, quick or off, not '" + mode + "'");
        }
        int concurrency = positiveInt(Setting.CONCURRENCY);
        if (concurrency > 64) {
            problems.add("DDM_CONCURRENCY must be a whole number from 1 to 64, not '" + concurrency + "'");
        }
        String seedText = value(Setting.SEED);
        Long seed = null;
        if (seedText != null) {
            try {
                seed = Long.parseLong(seedText);
            } catch (NumberFormatException e) {
                problems.add("DDM_SEED must be a whole number (as printed in an earlier report), not '" + seedText + "'");
            }
        }
        return new Exploration(parsed, concurrency, seed);
    }

    /**
     * DDM_RUN_TIMEOUT_S, or its default: none against the embedded mock (its run takes seconds); against a real
     * endpoint 30 min, which a run without restores (about fifty requests, each bounded by DDM_READ_TIMEOUT_MS and
     * a few 429 retries) stays far within; with restores 4 h, because a handful of restores is made one after
     * another and each job may be followed for up to 30 min.
     */
    private long runTimeoutS(boolean embeddedMock, boolean allowRestore) {
        if (value(Setting.RUN_TIMEOUT_S) != null) {
            return nonNegativeInt(Setting.RUN_TIMEOUT_S);
        }
        return embeddedMock ? 0 : allowRestore ? RUN_TIMEOUT_WITH_RESTORES_S : RUN_TIMEOUT_S;
    }

    private interface Lookup {
        String get(String property);
    }

    /** The fixture as given; values left unset (null, restore time 0, no data nodes) are discovered later. */
    private Fixture fixture(Lookup lookup) {
        String restoreTime = lookup.get(Setting.RESTORE_TIME.property());
        String nodes = lookup.get(Setting.TARGET_DATA_NODES.property());
        List<String> dataNodes = split(nodes);
        if (nodes != null && dataNodes.isEmpty()) {
            problems.add("DDM_TARGET_DATA_NODES must name at least one data node (comma-separated)");
        }
        return new Fixture(lookup.get(Setting.PROJECT_ID.property()), lookup.get(Setting.INSTANCE_ID.property()),
                lookup.get(Setting.BACKUP_ID.property()), restoreTime == null ? 0 : restoreTime(restoreTime),
                lookup.get(Setting.TARGET_INSTANCE_ID.property()), dataNodes);
    }

    private long restoreTime(String text) {
        try {
            long millis = Long.parseLong(text.trim());
            if (millis > 0) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("DDM_RESTORE_TIME must be a positive whole number of milliseconds since the epoch, not '"
                + text + "'");
        return 0;
    }

    private void checkUrl(Setting setting, String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(setting.environmentVariable() + " must be an http:// or https:// URL with a host, not '" + url + "'");
    }

    private Tls tls(List<String> notices) {
        Path caCert = existingFile(Setting.CA_CERT);
        Path truststore = existingFile(Setting.TRUSTSTORE);
        String password = value(Setting.TRUSTSTORE_PASSWORD);
        if (truststore != null && password == null) {
            problems.add("DDM_TRUSTSTORE is set but DDM_TRUSTSTORE_PASSWORD is missing");
        }
        boolean insecure = bool(Setting.INSECURE_TLS);
        if (insecure) {
            notices.add("DDM_INSECURE_TLS=true: TLS certificates and host names are NOT verified in this run.");
        }
        return new Tls(caCert, truststore, password, insecure);
    }

    private Path existingFile(Setting setting) {
        String name = value(setting);
        if (name == null) {
            return null;
        }
        Path path = Path.of(name);
        if (!Files.isReadable(path)) {
            problems.add(setting.environmentVariable() + " names " + path.toAbsolutePath() + ", which cannot be read");
        }
        return path;
    }

    /** DDM_PROXY, else the standard HTTPS_PROXY / HTTP_PROXY for the endpoint's scheme unless NO_PROXY exempts it. */
    private ProxySettings proxy(URI endpoint) {
        String explicit = value(Setting.PROXY);
        if (explicit != null) {
            return parseProxy(explicit, Setting.PROXY.environmentVariable());
        }
        boolean https = "https".equalsIgnoreCase(endpoint.getScheme());
        String name = https ? "HTTPS_PROXY" : "HTTP_PROXY";
        String standard = environmentAnyCase(name);
        if (standard == null || exempt(endpoint.getHost(), environmentAnyCase("NO_PROXY"))) {
            return null;
        }
        return parseProxy(standard, name);
    }

    private String environmentAnyCase(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            value = environment.get(name.toLowerCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** NO_PROXY: comma-separated host names or domain suffixes (".example.com" or "example.com"), or "*". */
    static boolean exempt(String host, String noProxy) {
        if (noProxy == null || host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        for (String entry : noProxy.split(",")) {
            String rule = entry.trim().toLowerCase(Locale.ROOT);
            if (rule.startsWith("*.")) {
                rule = rule.substring(1);
            }
            if (rule.isEmpty()) {
                continue;
            }
            if (rule.equals("*") || lower.equals(rule) || lower.endsWith(rule.startsWith(".") ? rule : "." + rule)) {
                return true;
            }
        }
        return false;
    }

    private ProxySettings parseProxy(String text, String source) {
        try {
            URI uri = URI.create(text.contains("://") ? text : "http://" + text);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                String user = null;
                String password = null;
                if (uri.getRawUserInfo() != null) {
                    String[] parts = uri.getRawUserInfo().split(":", 2);
                    user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                    password = parts.length > 1
                            ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
                }
                int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
                return new ProxySettings(scheme, uri.getHost(), port, user, password);
            }
        } catch (IllegalArgumentException e) {
            // reported below, without the value: it may hold a password
        }
        problems.add(source + " must be a proxy URL such as http://host:3128 or http://user:password@host:3128");
        return null;
    }

    private int nonNegativeInt(Setting setting) {
        String text = value(setting);
        try {
            int number = Integer.parseInt(text.trim());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(setting.environmentVariable() + " must be a whole number of 0 or more, not '" + text + "'");
        return 0;
    }

    private boolean bool(Setting setting) {
        String text = value(setting);
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
        }
        problems.add(setting.environmentVariable() + " must be true or false, not '" + text + "'");
        return false;
    }

    private int positiveInt(Setting setting) {
        String text = value(setting);
        try {
            int number = Integer.parseInt(text.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(setting.environmentVariable() + " must be a positive whole number, not '" + text + "'");
        return 1;
    }

    private long positiveLong(Setting setting) {
        String text = value(setting);
        try {
            long number = Long.parseLong(text.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(setting.environmentVariable() + " must be a positive whole number, not '" + text + "'");
        return 1;
    }

    private Set<Output.CucumberReport> cucumberReports() {
        String value = value(Setting.CUCUMBER_REPORTS);
        Optional<Set<Output.CucumberReport>> reports = Output.CucumberReport.parse(value);
        if (reports.isEmpty()) {
            problems.add("DDM_CUCUMBER_REPORTS must be all, none or any of " + Output.CucumberReport.words()
                    + " (comma-separated), not '" + value + "'");
        }
        return reports.orElse(Output.CucumberReport.ALL);
    }

    private Set<String> list(Setting setting) {
        return new LinkedHashSet<>(split(value(setting)));
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** System property, then environment variable, then settings file, then default; blank counts as unset. */
    private String value(Setting setting) {
        for (String candidate : new String[] {systemProperties.get(setting.property()),
                environment.get(setting.environmentVariable()),
                file == null ? null : file.getProperty(setting.property())}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return setting.defaultValue();
    }

    private static Setting byProperty(String property) {
        for (Setting setting : Setting.values()) {
            if (setting.property().equals(property)) {
                return setting;
            }
        }
        throw new IllegalArgumentException(property);
    }

    private Properties readSettingsFile() {
        String name = systemProperties.getOrDefault(Setting.CONFIG.property(),
                environment.get(Setting.CONFIG.environmentVariable()));
        if (name == null || name.isBlank()) {
            return null;
        }
        Path path = Path.of(name.trim());
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("DDM_CONFIG names " + path.toAbsolutePath() + ", which cannot be read ("
                    + e.getClass().getSimpleName() + ")");
            return null;
        }
        Set<String> known = EnumSet.allOf(Setting.class).stream().map(Setting::property).collect(Collectors.toSet());
        for (String key : properties.stringPropertyNames()) {
            if (!known.contains(key)) {
                problems.add("the settings file " + path + " has an unknown key '" + key + "'");
            }
        }
        return properties;
    }
}
