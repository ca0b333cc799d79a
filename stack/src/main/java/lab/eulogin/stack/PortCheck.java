package lab.eulogin.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lab.eulogin.stack.LabConfig.LabPort;

/**
 * Checks every port before anything starts, so a busy port gives one clear line instead of a
 * half-started lab and a bind stack trace. Port 0 ("any free port") needs no check. A port taken
 * by someone else between this check and the bind still fails the start, only less politely.
 */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(String host, List<LabPort> ports) {
        InetAddress address = address(host);
        Map<Integer, LabPort> seen = new HashMap<>();
        for (LabPort p : ports) {
            if (p.port() == 0) {
                continue;
            }
            LabPort earlier = seen.putIfAbsent(p.port(), p);
            if (earlier != null) {
                throw new StartRefused("Port " + p.port() + " is given to both the " + earlier.name() + " and the "
                        + p.name() + "; choose another with " + LabOptions.howToSet(p.option()) + ".");
            }
            if (!isFree(address, p.port())) {
                throw new StartRefused("Port " + p.port() + " (" + p.name() + ") is already in use; choose another with "
                        + LabOptions.howToSet(p.option()) + ".");
            }
        }
    }

    private static boolean isFree(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // As the servers will: a port left in TIME_WAIT by the previous run counts as free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new StartRefused("Unknown host " + host + "; choose another with " + LabOptions.howToSet(LabOptions.HOST) + ".");
        }
    }
}
