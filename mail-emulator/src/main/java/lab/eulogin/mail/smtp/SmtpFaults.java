package lab.eulogin.mail.smtp;

import java.util.concurrent.atomic.AtomicReference;

/** The SMTP fault in force; read by every new SMTP command, set through the API. */
public final class SmtpFaults {
    private final AtomicReference<SmtpFault> current = new AtomicReference<>(SmtpFault.NONE);

    public SmtpFault current() {
        return current.get();
    }

    public void set(SmtpFault fault) {
        current.set(fault);
    }

    public void clear() {
        current.set(SmtpFault.NONE);
    }
}
