package lab.eulogin.idp.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that sends forms with the CSRF token of the last page, like a browser. */
final class TestBrowser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE = Pattern.compile("data-page=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final HttpClient noFollow = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final String acceptLanguage;
    private HttpResponse<String> last;

    TestBrowser(String base) {
        this(base, null);
    }

    /** A browser set to a language, which it names in the Accept-Language header of every request. */
    TestBrowser(String base, String acceptLanguage) {
        this.base = base;
        this.acceptLanguage = acceptLanguage;
    }

    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(request(pathOrUrl).GET());
    }

    /** A GET whose answer may take a while, sent with this browser's cookies; not kept as the last page. */
    CompletableFuture<HttpResponse<String>> getLater(String path) {
        return http.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits a form with the CSRF token of the page last shown. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        return postRaw(path, withCsrf(fields));
    }

    HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        return send(formPost(path, fields));
    }

    /** A lab endpoint's answer that is a picture, such as a QR code. */
    HttpResponse<byte[]> postForPicture(String path, Map<String, String> fields) {
        return exchange(noFollow, formPost(path, fields), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Submits a form like {@link #post} but stops at the answer, to look at a redirect itself. */
    HttpResponse<String> postNoFollow(String path, Map<String, String> fields) {
        last = exchange(noFollow, formPost(path, withCsrf(fields)), HttpResponse.BodyHandlers.ofString());
        return last;
    }

    /** A file sent with {@link #postMultipart}. */
    record FilePart(String field, String fileName, String contentType, byte[] bytes) {
    }

    /** Submits a form with files (multipart/form-data), with the CSRF token of the page last shown. */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
        Map<String, String> all = withCsrf(fields);
        String boundary = "----lab" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The cookies this browser holds for the IdP, as a browser keeps them. */
    List<HttpCookie> cookies() {
        return cookies.getCookieStore().get(URI.create(base));
    }

    String page() {
        Matcher m = PAGE.matcher(last.body());
        return m.find() ? m.group(1) : "(no data-page)";
    }

    /** The hidden fields of the page last shown (the CSRF token among them), as a browser sends them with its form. */
    Map<String, String> hiddenFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(last.body());
        while (m.find()) {
            fields.put(m.group(1), unescape(m.group(2)));
        }
        return fields;
    }

    String csrf() {
        Matcher m = CSRF.matcher(last.body());
        return m.find() ? m.group(1) : "";
    }

    HttpResponse<String> last() {
        return last;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        last = exchange(http, request, HttpResponse.BodyHandlers.ofString());
        return last;
    }

    private static <T> HttpResponse<T> exchange(HttpClient client, HttpRequest.Builder request,
                                                HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> withCsrf(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("csrf", csrf());
        return all;
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl));
        return acceptLanguage == null ? request : request.header("Accept-Language", acceptLanguage);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    /** An attribute's value as the page escaped it, read back as the browser does. */
    private static String unescape(String html) {
        return ENTITY.matcher(html).replaceAll(e -> Matcher.quoteReplacement(
                e.group(1) != null ? Character.toString(Integer.parseInt(e.group(1)))
                        : e.group(2) != null ? Character.toString(Integer.parseInt(e.group(2), 16))
                        : switch (e.group(3)) {
                            case "amp" -> "&";
                            case "lt" -> "<";
                            case "gt" -> ">";
                            case "quot" -> "\"";
                            default -> "'";
                        }));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
