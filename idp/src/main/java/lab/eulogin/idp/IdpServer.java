package lab.eulogin.idp;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.Authentication;
import lab.eulogin.idp.accounts.PasswordHasher;
import lab.eulogin.idp.accounts.Registration;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.links.LinkService;
import lab.eulogin.idp.links.LinkUrls;
import lab.eulogin.idp.mail.MailComposer;
import lab.eulogin.idp.mail.Mailer;
import lab.eulogin.idp.mail.SmtpMailer;
import lab.eulogin.idp.passwords.PasswordLinks;
import lab.eulogin.idp.sessions.SessionStore;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.web.IdpRoutes;
import lab.eulogin.idp.web.Paths;
import lab.eulogin.idp.web.Templates;
import lab.eulogin.idp.web.Web;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The EU Login stand-in: pages, CAS protocol, accounts and second factors. The composition root. */
public final class IdpServer implements AutoCloseable {
    private static final int MAX_REQUEST_BYTES = 1 << 20;

    private final Undertow undertow;
    private final Database database;
    private final int port;
    private final String publicUrl;

    private IdpServer(Undertow undertow, Database database, IdpConfig config) {
        this.undertow = undertow;
        this.database = database;
        this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        this.publicUrl = config.publicUrl(port);
    }

    public static IdpServer start(IdpConfig config, LabClock clock) {
        Database database = Database.open(config.jdbcUrl());
        try {
            // The public address is known only once the port is bound; links ask for it when mailed.
            String[] base = new String[1];
            LinkUrls urls = (uid, token) -> base[0] + Paths.NEW_PASSWORD
                    + "?uid=" + URLEncoder.encode(uid, StandardCharsets.UTF_8) + "&resetCode=" + token;

            AccountRepository accounts = new AccountRepository(database, clock);
            PasswordHasher hasher = new PasswordHasher(config.pbkdf2Iterations());
            LinkService links = new LinkService(database, clock, config.linkValidity());
            Mailer mailer = new SmtpMailer(config.smtpHost(), config.smtpPort(), config.mailFrom(), clock);
            MailComposer composer = new MailComposer();
            Templates templates = new Templates();
            Web web = new Web(templates, new SessionStore(clock, config.sessionIdleTimeout()),
                    config.publicUrl(config.port()).startsWith("https:"));

            Undertow undertow = Undertow.builder()
                    .addHttpListener(config.port(), config.host())
                    .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) MAX_REQUEST_BYTES)
                    .setHandler(IdpRoutes.build(web, templates, config.labMode(), clock, accounts,
                            new Authentication(accounts, hasher),
                            new Registration(accounts, links, urls, mailer, composer),
                            new PasswordLinks(accounts, links, urls, hasher, mailer, composer)))
                    .build();
            undertow.start();
            IdpServer server = new IdpServer(undertow, database, config);
            base[0] = server.baseUrl();
            return server;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return port;
    }

    /** The address browsers use to reach the IdP, also the one written into e-mailed links. */
    public String baseUrl() {
        return publicUrl;
    }

    @Override
    public void close() {
        undertow.stop();
        database.close();
    }
}
