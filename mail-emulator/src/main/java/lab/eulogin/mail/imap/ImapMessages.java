package lab.eulogin.mail.imap;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Date;
import java.util.Properties;
import lab.eulogin.mail.store.StoredMail;

/**
 * Builds GreenMail's {@link StoredMessage} for a message of the store, when a client reads it.
 * GreenMail makes them only inside its own folders (the constructor is package-private), so it is
 * reached once by reflection; GreenMail's IMAP commands then read it as they read their own.
 */
final class ImapMessages {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final MethodHandle NEW_STORED_MESSAGE = storedMessageConstructor();

    private ImapMessages() {
    }

    static StoredMessage of(StoredMail mail, Flags flags) {
        try {
            MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(mail.raw()));
            mime.setFlags(flags, true);
            return (StoredMessage) NEW_STORED_MESSAGE.invoke(mime, Date.from(mail.date()), mail.id());
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read message " + mail.id() + " for IMAP", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle storedMessageConstructor() {
        try {
            var constructor = StoredMessage.class.getDeclaredConstructor(MimeMessage.class, Date.class, long.class);
            constructor.setAccessible(true);
            return MethodHandles.lookup().unreflectConstructor(constructor)
                    .asType(MethodType.methodType(StoredMessage.class, MimeMessage.class, Date.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This GreenMail version builds its messages differently", e);
        }
    }
}
