package lab.eulogin.mail;

import static lab.eulogin.mail.http.JsonEndpoint.handler;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import lab.eulogin.mail.api.FaultsApi;
import lab.eulogin.mail.api.HealthApi;
import lab.eulogin.mail.api.JunkRulesApi;
import lab.eulogin.mail.api.MessagesApi;
import lab.eulogin.mail.api.NextMessageHandler;
import lab.eulogin.mail.api.ResetApi;
import lab.eulogin.mail.http.Json;
import lab.eulogin.mail.junk.JunkRules;
import lab.eulogin.mail.smtp.MailServer;
import lab.eulogin.mail.smtp.SmtpFaults;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.web.FormActions;
import lab.eulogin.mail.web.IndexPage;
import lab.eulogin.mail.web.MailboxPage;
import lab.eulogin.mail.web.MessagePage;
import lab.eulogin.mail.web.PageEndpoint;
import lab.eulogin.mail.web.Pages;

/** Every path the web port serves, in one table: the JSON API, the web mailbox, its static files. */
final class Routes {
    private static final int STATIC_CACHE_SECONDS = 3600;

    private Routes() {
    }

    static HttpHandler of(MailStore store, JunkRules junk, SmtpFaults faults, MailServer server) {
        MessagesApi messages = new MessagesApi(store);
        JunkRulesApi junkRules = new JunkRulesApi(junk);
        FaultsApi faultsApi = new FaultsApi(faults);
        HealthApi health = new HealthApi(store, server);
        ResetApi reset = new ResetApi(store, junk, faults);
        Pages pages = new Pages();
        FormActions forms = new FormActions(store, junk);

        RoutingHandler routes = Handlers.routing()
                .get("/api/health", handler(health::health))
                .get("/api/messages", handler(messages::list))
                .get("/api/messages/next", new NextMessageHandler(store))
                .get("/api/messages/{id}", handler(messages::one))
                .delete("/api/messages/{id}", handler(messages::delete))
                .delete("/api/messages", handler(messages::purge))
                .get("/api/mailboxes", handler(messages::mailboxes))
                .get("/api/junk-rules", handler(junkRules::list))
                .post("/api/junk-rules", handler(junkRules::add))
                .delete("/api/junk-rules/{id}", handler(junkRules::remove))
                .delete("/api/junk-rules", handler(junkRules::clear))
                .get("/api/faults", handler(faultsApi::current))
                .post("/api/faults", handler(faultsApi::set))
                .delete("/api/faults", handler(faultsApi::clear))
                .post("/api/reset", handler(reset::reset))

                .get("/", PageEndpoint.handler(pages, new IndexPage(pages, store, junk, faults)))
                .get("/mailbox/{address}", PageEndpoint.handler(pages, new MailboxPage(pages, store)))
                .get("/message/{id}", PageEndpoint.handler(pages, new MessagePage(pages, store)))
                .post("/purge", PageEndpoint.handler(pages, forms::purge))
                .post("/junk-rules", PageEndpoint.handler(pages, forms::addJunkRule))
                .post("/junk-rules/{id}/delete", PageEndpoint.handler(pages, forms::removeJunkRule))
                .post("/message/{id}/delete", PageEndpoint.handler(pages, forms::deleteMessage))

                .setFallbackHandler(exchange -> notFound(pages, exchange))
                .setInvalidMethodHandler(exchange -> Json.sendError(exchange, 405, "Method not allowed here"));

        // The pages' style sheet and script hold nothing personal: a browser keeps them an hour, as the IdP's.
        HttpHandler files = Handlers.resource(new ClassPathResourceManager(Routes.class.getClassLoader(), "lab/eulogin/mail/static"))
                .setDirectoryListingEnabled(false)
                .setCacheTime(STATIC_CACHE_SECONDS);
        return new SecurityHeaders(Handlers.path(routes).addPrefixPath("/static", files));
    }

    private static void notFound(Pages pages, io.undertow.server.HttpServerExchange exchange) {
        if (exchange.getRequestPath().startsWith("/api/")) {
            Json.sendError(exchange, 404, "No such endpoint: see /api/health and the mail emulator's README");
        } else {
            exchange.dispatch(() -> pages.error(exchange, 404, "There is no page here."));
        }
    }
}
