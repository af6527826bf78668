package org.ddmconformance.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            Setting.TARGET_DATA_NODES);

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
            checkBaseUrl(baseUrl);
            List<String> missing = ENDPOINT_DATA.stream().filter(s -> value(s) == null)
                    .map(Setting::environmentVariable).toList();
            if (!missing.isEmpty()) {
                problems.add(0, "DDM_BASE_URL is set but these settings are missing: " + String.join(", ", missing)
                        + " (set each as an environment variable, as a -Dddm.... system property or in the DDM_CONFIG file)");
            }
            fixture = missing.isEmpty() ? fixture(name -> value(byProperty(name))) : null;
            token = value(Setting.AUTH_TOKEN);
        }
        boolean allowRestore = bool(Setting.ALLOW_RESTORE);
        int connectTimeout = positiveInt(Setting.CONNECT_TIMEOUT_MS);
        int readTimeout = positiveInt(Setting.READ_TIMEOUT_MS);
        Selection selection = new Selection(value(Setting.TAGS), list(Setting.LEVELS), list(Setting.AREAS));
        Path reportsDir = Path.of(value(Setting.REPORTS_DIR));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("; ", problems) + ".");
        }
        return new Settings(embeddedMock ? null : stripTrailingSlash(baseUrl), embeddedMock, fixture, token,
                allowRestore, connectTimeout, readTimeout, selection, reportsDir, notices);
    }

    private interface Lookup {
        String get(String property);
    }

    private Fixture fixture(Lookup lookup) {
        String restoreTime = lookup.get(Setting.RESTORE_TIME.property());
        List<String> dataNodes = split(lookup.get(Setting.TARGET_DATA_NODES.property()));
        if (dataNodes.isEmpty()) {
            problems.add("DDM_TARGET_DATA_NODES must name at least one data node (comma-separated)");
        }
        return new Fixture(lookup.get(Setting.PROJECT_ID.property()), lookup.get(Setting.INSTANCE_ID.property()),
                lookup.get(Setting.BACKUP_ID.property()), restoreTime(restoreTime),
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

    private void checkBaseUrl(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("DDM_BASE_URL must be an http:// or https:// URL with a host, not '" + baseUrl + "'");
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
