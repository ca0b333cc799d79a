package lab.eulogin.mail.smtp;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.function.Supplier;

/** GreenMail's SMTP server, each connection served with the fault-injecting commands. */
final class FaultAwareSmtpServer extends SmtpServer {
    private final Supplier<SmtpFaults> faults;

    FaultAwareSmtpServer(ServerSetup setup, Managers managers, Supplier<SmtpFaults> faults) {
        super(setup, managers);
        this.faults = faults;
    }

    /**
     * GreenMail writes a reply in more than one segment; with Nagle's algorithm on, each command
     * then waits for the client's delayed ACK (up to 200 ms here). Replies go out at once instead.
     */
    @Override
    protected void handleClientSocket(Socket socket) throws SocketException {
        socket.setTcpNoDelay(true);
        super.handleClientSocket(socket);
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket socket) {
        return new SmtpHandler(new FaultInjectingCommands(faults.get()), managers.getSmtpManager(), socket);
    }
}
