package lab.eulogin.sms.gateway;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts delivery receipts to each message's StatusCallback as Twilio does: form fields MessageSid,
 * MessageStatus, ..., signed in X-Twilio-Signature with the auth token. Posting never blocks the
 * sender; the receipts of one message are posted one after the other, in order.
 */
public final class StatusCallbacks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusCallbacks.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "sms-status-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    /** Made at the first request, not at start: building a client loads the JDK's trust store (about 0.3 s of CPU). */
    private HttpClient client;
    /** The last receipt posted or queued per message, so the next waits for it. */
    private final ConcurrentMap<String, CompletableFuture<Void>> chains = new ConcurrentHashMap<>();

    void report(TwilioMessage message) {
        if (message.statusCallback() == null) {
            return;
        }
        HttpRequest request = request(message);
        CompletableFuture<Void> last = chains.compute(message.sid(), (sid, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                        .thenCompose(done -> client().sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                        .handle((response, failure) -> {
                            if (failure != null) {
                                LOG.info("Status callback to {} failed: {}", request.uri(), failure.toString());
                            } else if (response.statusCode() >= 400) {
                                LOG.info("Status callback to {} answered {}", request.uri(), response.statusCode());
                            }
                            return null;
                        }));
        if (message.status().isFinal()) {
            last.whenComplete((done, failure) -> chains.remove(message.sid(), last));
        }
    }

    private static HttpRequest request(TwilioMessage message) {
        Map<String, String> params = new TreeMap<>();
        params.put("AccountSid", message.accountSid());
        params.put("ApiVersion", "2010-04-01");
        params.put("From", message.from());
        params.put("MessageSid", message.sid());
        params.put("MessageStatus", message.status().toString());
        params.put("SmsSid", message.sid());
        params.put("SmsStatus", message.status().toString());
        params.put("To", message.to());
        if (message.errorCode() != null) {
            params.put("ErrorCode", message.errorCode().toString());
        }
        StringJoiner form = new StringJoiner("&");
        params.forEach((name, value) -> form.add(encode(name) + "=" + encode(value)));
        String url = message.statusCallback().toString();
        HttpRequest.Builder builder = HttpRequest.newBuilder(message.statusCallback())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("User-Agent", "TwilioProxy/1.1")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (message.callbackToken() != null) {
            builder.header("X-Twilio-Signature", signature(message.callbackToken(), url, params));
        }
        return builder.build();
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(TIMEOUT)
                    .executor(executor)
                    .build();
        }
        return client;
    }

    /** Twilio's request signature: HMAC-SHA1 over the URL followed by each sorted name and value. */
    static String signature(String authToken, String url, Map<String, String> sortedParams) {
        StringBuilder data = new StringBuilder(url);
        sortedParams.forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
