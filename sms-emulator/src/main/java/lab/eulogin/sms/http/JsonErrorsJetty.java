package lab.eulogin.sms.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server, answering in the emulator's JSON what fails before any route runs.
 * WireMock reads a request's query and form fields before the router sees it, so a broken percent
 * escape such as {@code %zz} failed there, and Jetty answered 500 with its HTML page naming the
 * exception. That is the sender's mistake: a 400 that says what to mend.
 */
public final class JsonErrorsJetty implements HttpServerFactory {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorsJetty.class);

    @Override
    public String getName() {
        return "eulogin-lab-jetty";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
                context.setErrorHandler(new JsonErrors());
            }
        };
    }

    private static final class JsonErrors extends ErrorHandler {
        /** Jetty answers errors to GET, POST and HEAD only, and leaves the rest blank. */
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateAcceptableResponse(Request base, HttpServletRequest request, HttpServletResponse response,
                int code, String message) throws IOException {
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            boolean unreadable = failure instanceof IllegalArgumentException
                    || failure != null && failure.getCause() instanceof IllegalArgumentException;
            int status = unreadable ? 400 : code;
            String error;
            if (unreadable) {
                error = "The request could not be read: in its address and form fields, every % must be followed"
                        + " by two hexadecimal digits";
            } else if (status >= 500) {
                LOG.error("Unexpected failure serving {}", request.getRequestURI(), failure);
                error = "Internal error; see the emulator's log";
            } else {
                error = message == null ? "The request could not be served" : message;
            }
            response.setStatus(status);
            response.setContentType("application/json; charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getWriter().write(Json.write(Answers.errorBody(status, error)));
        }
    }
}
