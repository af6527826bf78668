import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor of the bench: the requests of one suite run (bench/replay.mjs wrote them) sent again in order by a bare
 * java.net.http client on one kept-alive connection, checking only each status.
 * {@code java bench/Replay.java REPLAY.tsv BASE_URL}
 */
public final class Replay {

    private static final Pattern JOB_ID = Pattern.compile("\"job_id\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{(job\\d+)}}");

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        String base = args[1];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, String> jobs = new HashMap<>();
        int asRecorded = 0;
        int notSendable = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String url = substitute(f[1], jobs);
            HttpRequest.Builder request;
            try {
                request = HttpRequest.newBuilder(URI.create(base + url)).timeout(Duration.ofSeconds(30))
                        .method(f[0], HttpRequest.BodyPublishers.ofByteArray(Base64.getDecoder().decode(f[3])));
                String headers = new String(Base64.getDecoder().decode(f[2]), StandardCharsets.UTF_8);
                for (String header : headers.split("\n")) {
                    int colon = header.indexOf(':');
                    if (colon > 0) {
                        request.header(header.substring(0, colon), header.substring(colon + 1));
                    }
                }
            } catch (IllegalArgumentException unusual) { // a path or header this client refuses to send
                notSendable++;
                continue;
            }
            HttpResponse<String> answer;
            try {
                answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException cut) { // e.g. the 16 MiB body refused mid-way
                continue;
            }
            if (answer.statusCode() == Integer.parseInt(f[4])) {
                asRecorded++;
            }
            if (!f[5].isEmpty()) {
                Matcher job = JOB_ID.matcher(answer.body());
                if (job.find()) {
                    jobs.put(f[5], job.group(1));
                }
            }
        }
        System.out.println("bare replay: " + lines.size() + " requests, " + asRecorded + " answered as recorded, "
                + notSendable + " not sendable by java.net.http");
    }

    private static String substitute(String url, Map<String, String> jobs) {
        Matcher variable = VARIABLE.matcher(url);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(out, Matcher.quoteReplacement(jobs.getOrDefault(variable.group(1), "none")));
        }
        return variable.appendTail(out).toString();
    }
}
