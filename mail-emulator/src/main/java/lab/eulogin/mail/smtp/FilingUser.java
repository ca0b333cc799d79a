package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import jakarta.mail.internet.MimeMessage;
import java.util.function.BiConsumer;

/** A GreenMail account whose SMTP deliveries go through the lab's filing; all else as GreenMail has it. */
final class FilingUser implements GreenMailUser {
    private final GreenMailUser user;
    private final BiConsumer<GreenMailUser, MovingMessage> filing;

    FilingUser(GreenMailUser user, BiConsumer<GreenMailUser, MovingMessage> filing) {
        this.user = user;
        this.filing = filing;
    }

    @Override
    public void deliver(MovingMessage message) {
        filing.accept(user, message);
    }

    @Override
    public void deliver(MimeMessage message) {
        user.deliver(message);
    }

    @Override
    public String getEmail() {
        return user.getEmail();
    }

    @Override
    public String getLogin() {
        return user.getLogin();
    }

    @Override
    public void create() {
        user.create();
    }

    @Override
    public void delete() {
        user.delete();
    }

    @Override
    public String getPassword() {
        return user.getPassword();
    }

    @Override
    public void setPassword(String password) {
        user.setPassword(password);
    }

    @Override
    public void authenticate(String password) throws UserException {
        user.authenticate(password);
    }

    @Override
    public String getQualifiedMailboxName() {
        return user.getQualifiedMailboxName();
    }
}
