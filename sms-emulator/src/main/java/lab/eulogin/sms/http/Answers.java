package lab.eulogin.sms.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of answer the server gives, with the headers every one of them carries. */
public final class Answers {
    private static final int ASSET_CACHE_SECONDS = 3600;

    private Answers() {
    }

    public static ResponseDefinition json(int status, Object body) {
        return jsonBuilder(status, body).build();
    }

    public static ResponseDefinitionBuilder jsonBuilder(int status, Object body) {
        return base(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(Json.write(body));
    }

    public static ResponseDefinition html(int status, String page) {
        return base(status)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
                .withHeader("Referrer-Policy", "same-origin")
                .withBody(page)
                .build();
    }

    /**
     * A style sheet or script of the pages: nothing personal in it, so a browser keeps it an hour, as
     * it keeps the IdP's, instead of fetching and reading it again with every page.
     */
    public static ResponseDefinition asset(String contentType, byte[] body) {
        return aResponse().withStatus(200)
                .withHeader("Cache-Control", "public, max-age=" + ASSET_CACHE_SECONDS)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Content-Type", contentType).withBody(body).build();
    }

    /** After a form post: back to a page with GET (post/redirect/get). */
    public static ResponseDefinition seeOther(String location) {
        return base(303).withHeader("Location", location).build();
    }

    public static ResponseDefinition noContent() {
        return base(204).build();
    }

    public static ResponseDefinition error(int status, String message) {
        return json(status, errorBody(status, message));
    }

    static Map<String, Object> errorBody(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return body;
    }

    private static ResponseDefinitionBuilder base(int status) {
        return aResponse().withStatus(status)
                .withHeader("Cache-Control", "no-store")
                .withHeader("X-Content-Type-Options", "nosniff");
    }
}
