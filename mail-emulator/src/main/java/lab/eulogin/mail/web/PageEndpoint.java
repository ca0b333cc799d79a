package lab.eulogin.mail.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormEncodedDataDefinition;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import lab.eulogin.mail.http.HttpProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page or form action, run on a worker thread; a problem shows as the error page with its status,
 * never as a trace.
 */
@FunctionalInterface
public interface PageEndpoint {
    Logger LOG = LoggerFactory.getLogger(PageEndpoint.class);
    FormParserFactory URL_ENCODED = FormParserFactory.builder(false)
            .addParsers(new FormEncodedDataDefinition().setDefaultEncoding("UTF-8")).build();

    void handle(HttpServerExchange exchange) throws Exception;

    static HttpHandler handler(Pages pages, PageEndpoint endpoint) {
        return new HttpHandler() {
            @Override
            public void handleRequest(HttpServerExchange exchange) {
                if (exchange.isInIoThread()) {
                    exchange.dispatch(this);
                    return;
                }
                try {
                    endpoint.handle(exchange);
                } catch (HttpProblem problem) {
                    pages.error(exchange, problem.status(), problem.getMessage());
                } catch (Exception e) {
                    LOG.error("Failed on {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), e);
                    pages.error(exchange, 500, "Something went wrong on our side.");
                }
            }
        };
    }

    /**
     * Reads a posted form after checking its CSRF token. The pages' forms are URL-encoded; Undertow's
     * parser throws on a broken percent escape such as {@code %zz}, the sender's mistake.
     */
    static FormData form(HttpServerExchange exchange) {
        exchange.startBlocking();
        FormDataParser parser = URL_ENCODED.createParser(exchange);
        if (parser == null) {
            throw HttpProblem.badRequest("Send the form as a form.");
        }
        FormData form;
        try (parser) {
            form = parser.parseBlocking();
        } catch (IOException | RuntimeException unreadable) {
            throw HttpProblem.badRequest("The form could not be read. Go back, reload the page and send it again.");
        }
        FormData.FormValue token = form.getFirst(Csrf.FIELD);
        Csrf.verify(exchange, token == null ? null : token.getValue());
        return form;
    }

    static String field(FormData form, String name) {
        FormData.FormValue value = form.getFirst(name);
        return value == null || value.isFileItem() ? "" : value.getValue().trim();
    }

    /** After a form: back to a page, as a GET (303). */
    static void redirect(HttpServerExchange exchange, String location) {
        exchange.setStatusCode(StatusCodes.SEE_OTHER);
        exchange.getResponseHeaders().put(Headers.LOCATION, location);
        exchange.endExchange();
    }
}
