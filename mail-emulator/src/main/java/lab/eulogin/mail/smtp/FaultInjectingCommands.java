package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.smtp.SmtpConnection;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommand;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import java.io.IOException;

/**
 * GreenMail's SMTP commands, with the fault in force applied: MAIL is refused (4xx or 5xx, the
 * answer a real server gives when it cannot take new mail) and DATA is held back when slow.
 */
final class FaultInjectingCommands extends SmtpCommandRegistry {
    private final SmtpFaults faults;

    FaultInjectingCommands(SmtpFaults faults) {
        this.faults = faults;
    }

    @Override
    public SmtpCommand getCommand(String name) {
        SmtpCommand command = super.getCommand(name);
        if (command == null) {
            return null;
        }
        return switch (name) {
            case "MAIL" -> new RefusingMail(command);
            case "DATA" -> new SlowData(command);
            default -> command;
        };
    }

    private final class RefusingMail extends SmtpCommand {
        private final SmtpCommand mail;

        RefusingMail(SmtpCommand mail) {
            this.mail = mail;
        }

        @Override
        public void execute(SmtpConnection conn, SmtpState state, SmtpManager manager, String line)
                throws IOException {
            switch (faults.current().kind()) {
                case TEMPORARY -> conn.send("451 4.3.2 System not accepting messages, try again later");
                case PERMANENT -> conn.send("554 5.3.2 System not accepting messages");
                default -> mail.execute(conn, state, manager, line);
            }
        }
    }

    private final class SlowData extends SmtpCommand {
        private final SmtpCommand data;

        SlowData(SmtpCommand data) {
            this.data = data;
        }

        @Override
        public void execute(SmtpConnection conn, SmtpState state, SmtpManager manager, String line)
                throws IOException {
            SmtpFault fault = faults.current();
            if (fault.kind() == SmtpFault.Kind.SLOW) {
                try {
                    Thread.sleep(fault.delay().toMillis()); // the fault itself: a server that takes its time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            data.execute(conn, state, manager, line);
        }
    }
}
