package lab.eulogin.sms.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One request as a handler sees it: path parameters from its route, query, form and JSON body. */
public final class Exchange {
    private final Request request;
    private final List<String> pathParams;
    private Map<String, String> query;
    private Map<String, String> form;

    public Exchange(Request request, List<String> pathParams) {
        this.request = request;
        this.pathParams = List.copyOf(pathParams);
    }

    /** The n-th group of the route's path pattern, URL-decoded ("+" stays a plus, as in any path). */
    public String pathParam(int index) {
        return URLDecoder.decode(pathParams.get(index).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public Optional<String> query(String name) {
        if (query == null) {
            String url = request.getUrl();
            int mark = url.indexOf('?');
            query = mark < 0 ? Map.of() : decodeForm(url.substring(mark + 1));
        }
        return Optional.ofNullable(query.get(name));
    }

    /** The fields of an application/x-www-form-urlencoded body (first value of each). */
    public Map<String, String> form() {
        if (form == null) {
            form = decodeForm(request.getBodyAsString());
        }
        return form;
    }

    public Optional<String> form(String name) {
        return Optional.ofNullable(form().get(name));
    }

    /** The JSON body as a value; 400 with the parser's reason when it does not fit. */
    public <T> T json(Class<T> type) {
        String body = request.getBodyAsString();
        if (body == null || body.isBlank()) {
            throw HttpProblem.badRequest("A JSON body is required");
        }
        String contentType = Optional.ofNullable(request.getHeader("Content-Type")).orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            // Also keeps cross-site form posts (text/plain) away from the JSON API.
            throw HttpProblem.of(415, "Send the body as application/json");
        }
        try {
            T value = Json.MAPPER.readValue(body, type);
            if (value == null) {
                throw HttpProblem.badRequest("A JSON object is required");
            }
            return value;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw HttpProblem.badRequest(invalid.getMessage());
            }
            throw HttpProblem.badRequest(Json.mistake(e));
        }
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
    }

    public String path() {
        String url = request.getUrl();
        int mark = url.indexOf('?');
        return mark < 0 ? url : url.substring(0, mark);
    }

    public Request request() {
        return request;
    }

    static Map<String, String> decodeForm(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(fields);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("Malformed URL encoding");
        }
    }
}
