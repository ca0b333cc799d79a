package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.imap.ImapHostManagerImpl;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import lab.eulogin.mail.imap.LabImapStore;

/** GreenMail whose SMTP service takes faults and whose IMAP folders are the lab's store. */
final class LabGreenMail extends GreenMail {
    private final SmtpFaults faults;

    LabGreenMail(ServerSetup[] setups, SmtpFaults faults, LabImapStore imapStore) {
        super(setups);
        this.faults = faults;
        // GreenMail makes its managers (with its in-memory store) and servers in its constructor, with
        // no way to give it a store: both are made again here, before anything is started.
        managers = new LabManagers(imapStore);
        services.clear();
        services.putAll(createServices(config, managers));
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(setups, managers);
        // Also called from GreenMail's constructor, before this.faults is set: read it per connection.
        services.replaceAll((protocol, server) -> ServerSetup.PROTOCOL_SMTP.equals(protocol)
                ? new FaultAwareSmtpServer(server.getServerSetup(), managers, this::faults)
                : server);
        return services;
    }

    private SmtpFaults faults() {
        return faults;
    }

    /** GreenMail's managers, around the lab's IMAP store. */
    private static final class LabManagers extends Managers {
        private final ImapHostManager imap;
        private final UserManager users;
        private final SmtpManager smtp;

        LabManagers(LabImapStore store) {
            imap = new ImapHostManagerImpl(store);
            users = new UserManager(imap);
            smtp = new SmtpManager(imap, users);
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return imap;
        }

        @Override
        public UserManager getUserManager() {
            return users;
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
