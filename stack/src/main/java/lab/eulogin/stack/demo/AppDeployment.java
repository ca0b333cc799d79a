package lab.eulogin.stack.demo;

import java.net.URI;
import java.time.Clock;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionTrackingMode;
import io.undertow.server.HttpHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.FilterInfo;
import io.undertow.servlet.api.ServletContainer;
import io.undertow.servlet.api.ServletSessionConfig;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import org.apereo.cas.client.authentication.AuthenticationFilter;
import org.apereo.cas.client.util.HttpServletRequestWrapperFilter;
import org.apereo.cas.client.validation.Cas30ProxyReceivingTicketValidationFilter;

/**
 * One demo application as a servlet application of its own (its own context path and session
 * cookie). A CAS application is protected by the Apereo Java CAS Client exactly as a real
 * application configures it: the authentication filter sends the browser to EU Login's
 * {@code /cas/login}, the validation filter checks the ticket at {@code /cas/p3/serviceValidate}
 * and keeps the assertion in the session. An OpenID Connect application signs in through Nimbus's
 * OpenID Connect SDK ({@link OidcRelyingParty}); the servlet glue around it is all that is
 * written here, no part of the protocol.
 */
final class AppDeployment implements AutoCloseable {
    private final DeploymentManager manager;
    private final HttpHandler handler;

    private AppDeployment(DeploymentManager manager, HttpHandler handler) {
        this.manager = manager;
        this.handler = handler;
    }

    /**
     * @param baseUrl the demo port's address as browsers reach it: the CAS client's server name,
     *                from which it builds the service address it gives EU Login
     * @param clock   the lab's time, which an OpenID Connect application's tokens are timed by
     */
    static AppDeployment deploy(ServletContainer container, DemoApp app, DemoTemplates templates,
                                DemoServices.Links links, String baseUrl, Clock clock) {
        String idpUrl = links.idp();
        AppPages pages = new AppPages(templates, app, idpUrl);
        DeploymentInfo info = Servlets.deployment()
                .setClassLoader(AppDeployment.class.getClassLoader())
                .setContextPath(app.path())
                .setDeploymentName(app.id())
                .setDefaultEncoding("UTF-8")
                // A cookie of its own per application, on the whole demo port: closing the browser
                // ends them all, as it would on separate hosts.
                .setServletSessionConfig(new ServletSessionConfig()
                        .setName(app.id().toUpperCase().replace('-', '_') + "_SESSION")
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE)))
                .addServlet(Servlets.servlet("error", AppErrorServlet.class,
                        new ImmediateInstanceFactory<>(new AppErrorServlet(pages))).addMapping("/error"))
                .addErrorPage(Servlets.errorPage("/error"))
                .addFilter(Servlets.filter("unreadable-requests", UnreadableRequestFilter.class,
                        new ImmediateInstanceFactory<>(new UnreadableRequestFilter())))
                .addFilterUrlMapping("unreadable-requests", "/*", DispatcherType.REQUEST);
        if (app.signsInWithOpenIdConnect()) {
            withOpenIdConnect(info, pages, idpUrl, baseUrl, clock);
        } else {
            withCas(info, pages, links, baseUrl);
        }

        DeploymentManager manager = container.addDeployment(info);
        manager.deploy();
        try {
            return new AppDeployment(manager, manager.start());
        } catch (ServletException e) {
            throw new IllegalStateException("The demo application " + app.name() + " did not start", e);
        }
    }

    private static void withCas(DeploymentInfo info, AppPages pages, DemoServices.Links links, String baseUrl) {
        DemoApp app = pages.app();
        info.addServlet(Servlets.servlet("pages", AppServlet.class,
                        new ImmediateInstanceFactory<>(new AppServlet(pages, AppServlet::fromCas))).addMapping("/"))
                .addServlet(Servlets.servlet("logout", AppLogoutServlet.class,
                        new ImmediateInstanceFactory<>(new AppLogoutServlet(pages, baseUrl))).addMapping("/logout"));
        FilterInfo authentication = Servlets.filter("cas-authentication", AuthenticationFilter.class)
                .addInitParam("casServerLoginUrl", links.idp() + "/cas/login")
                .addInitParam("serverName", baseUrl);
        FilterInfo validation = Servlets.filter("cas-validation", Cas30ProxyReceivingTicketValidationFilter.class)
                .addInitParam("casServerUrlPrefix", links.idpInside() + "/cas")
                .addInitParam("serverName", baseUrl)
                // A refused ticket: 403 with EU Login's reason, shown on the application's error page.
                .addInitParam("exceptionOnValidationFailure", "false");
        // Any other parameter of the validation filter is sent to EU Login with the ticket (e.g. authenticationLevel).
        app.validation().forEach(validation::addInitParam);
        if (app.wholeAppProtected()) {
            authentication.addInitParam("ignorePattern", "/logout$");
        }
        FilterInfo wrapper = Servlets.filter("cas-request-wrapper", HttpServletRequestWrapperFilter.class);
        info.addFilters(authentication, validation, wrapper);
        for (String protectedPath : app.protectedPaths()) {
            for (String filter : new String[] {"cas-authentication", "cas-validation", "cas-request-wrapper"}) {
                info.addFilterUrlMapping(filter, protectedPath, DispatcherType.REQUEST);
            }
        }
    }

    /**
     * An OpenID Connect application: its relying party ({@link OidcRelyingParty}, Nimbus's SDK)
     * in front of its protected pages, its redirect URI {@code /callback} and its logout through
     * EU Login's end-session endpoint.
     */
    private static void withOpenIdConnect(DeploymentInfo info, AppPages pages, String idpUrl, String baseUrl,
                                          Clock clock) {
        DemoApp app = pages.app();
        OidcRelyingParty relyingParty = new OidcRelyingParty(idpUrl + "/cas/oauth2", app.openIdConnect(),
                URI.create(baseUrl + app.path() + "/callback"), clock);
        OidcSignIns signIns = new OidcSignIns(relyingParty);
        info.addServlet(Servlets.servlet("pages", AppServlet.class,
                        new ImmediateInstanceFactory<>(new AppServlet(pages, AppServlet::fromOpenIdConnect))).addMapping("/"))
                .addServlet(Servlets.servlet("callback", OidcCallbackServlet.class,
                        new ImmediateInstanceFactory<>(new OidcCallbackServlet(signIns))).addMapping("/callback"))
                .addServlet(Servlets.servlet("logout", OidcLogoutServlet.class,
                        new ImmediateInstanceFactory<>(new OidcLogoutServlet(pages, relyingParty, baseUrl)))
                        .addMapping("/logout"))
                .addFilter(Servlets.filter("oidc-sign-in", OidcSignInFilter.class,
                        new ImmediateInstanceFactory<>(new OidcSignInFilter(signIns, app.openIdConnect()))));
        for (String protectedPath : app.protectedPaths()) {
            info.addFilterUrlMapping("oidc-sign-in", protectedPath, DispatcherType.REQUEST);
        }
    }

    HttpHandler handler() {
        return handler;
    }

    @Override
    public void close() {
        try {
            manager.stop();
        } catch (ServletException e) {
            throw new IllegalStateException("A demo application did not stop cleanly", e);
        } finally {
            manager.undeploy();
        }
    }
}
