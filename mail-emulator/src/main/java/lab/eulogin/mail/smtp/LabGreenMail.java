package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;

/** GreenMail whose SMTP service takes faults. */
final class LabGreenMail extends GreenMail {
    private final SmtpFaults faults;

    LabGreenMail(ServerSetup[] setups, SmtpFaults faults) {
        super(setups);
        this.faults = faults;
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
}
