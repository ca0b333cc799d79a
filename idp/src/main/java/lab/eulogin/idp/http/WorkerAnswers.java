package lab.eulogin.idp.http;

import io.undertow.io.AsyncSenderImpl;
import io.undertow.io.BlockingReceiverImpl;
import io.undertow.io.IoCallback;
import io.undertow.io.Receiver;
import io.undertow.io.Sender;
import io.undertow.io.UndertowInputStream;
import io.undertow.io.UndertowOutputStream;
import io.undertow.server.BlockingHttpExchange;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The root of the IdP's handlers, in place of Undertow's {@code BlockingHandler}: the pages run on a
 * worker thread, where they may block (the store, the password hash, reading a form), and their
 * answer is kept in memory and sent from the connection's I/O thread.
 *
 * <p>Why: when a worker thread finishes an answer, Undertow re-arms the kept-alive connection for
 * the next request under a lock that its I/O thread busy-waits on; a browser that sends its next
 * request at once (a redirect followed, say) then finds the I/O thread spinning until the worker is
 * scheduled again. On two busy cores that spin took a third of the IdP's CPU in the sign-in
 * benchmark. An answer finished on the I/O thread re-arms the connection without the lock.
 *
 * <p>An answer larger than {@link #IN_MEMORY_BYTES} goes out from the worker as it is written, as
 * before; so does one whose handler ends the exchange itself.
 */
public final class WorkerAnswers implements HttpHandler {
    /** Pages, redirects and protocol answers are a few kilobytes; pictures and files may be more. */
    static final int IN_MEMORY_BYTES = 64 * 1024;
    private static final AttachmentKey<Answer> ANSWER = AttachmentKey.create(Answer.class);

    private final HttpHandler next;

    public WorkerAnswers(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        Answer answer = new Answer(exchange);
        exchange.putAttachment(ANSWER, answer);
        exchange.startBlocking(answer);
        next.handleRequest(exchange);
        if (answer.inMemory() && !exchange.isDispatched() && !exchange.isResponseStarted()) {
            // The request's body is read to its end here, where blocking is allowed.
            answer.closeInput();
            byte[] body = answer.body();
            exchange.dispatch(exchange.getIoThread(), io -> new AsyncSenderImpl(io).send(ByteBuffer.wrap(body)));
        }
    }

    /** Forgets what a handler wrote so far, so an error page can take its place; false when it already went out. */
    public static boolean discard(HttpServerExchange exchange) {
        Answer answer = exchange.getAttachment(ANSWER);
        if (answer == null || !answer.inMemory()) {
            return !exchange.isResponseStarted();
        }
        answer.memory.reset();
        return true;
    }

    /**
     * The blocking side of one exchange: the request's body as Undertow reads it, and the answer in
     * memory until it grows past {@link #IN_MEMORY_BYTES} or the exchange is ended on the worker.
     */
    private static final class Answer extends OutputStream implements BlockingHttpExchange {
        private final HttpServerExchange exchange;
        private final ByteArrayOutputStream memory = new ByteArrayOutputStream(8 * 1024);
        private final Sender sender = new MemorySender(this);
        private InputStream input;
        /** Where the answer goes once it is not kept in memory: Undertow's own blocking stream. */
        private UndertowOutputStream direct;
        private boolean closed;

        Answer(HttpServerExchange exchange) {
            this.exchange = exchange;
        }

        boolean inMemory() {
            return direct == null && !closed;
        }

        byte[] body() {
            closed = true;
            return memory.toByteArray();
        }

        void closeInput() throws IOException {
            if (input != null) {
                input.close();
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("The answer was already sent");
            }
            if (direct == null && memory.size() + length > IN_MEMORY_BYTES) {
                direct = new UndertowOutputStream(exchange);
                memory.writeTo(direct);
                memory.reset();
            }
            if (direct != null) {
                direct.write(bytes, offset, length);
            } else {
                memory.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (direct != null) {
                direct.flush();
            }
        }

        @Override
        public InputStream getInputStream() {
            if (input == null) {
                input = new UndertowInputStream(exchange);
            }
            return input;
        }

        @Override
        public OutputStream getOutputStream() {
            return this;
        }

        @Override
        public Sender getSender() {
            return sender;
        }

        @Override
        public Receiver getReceiver() {
            return new BlockingReceiverImpl(exchange, getInputStream());
        }

        /**
         * Undertow's end of the exchange. On the worker (a handler ended it, or the answer is large)
         * what is left goes out from here, blocking, as Undertow's own blocking exchange does; on the
         * I/O thread, after the answer was sent from memory, there is nothing left to do.
         */
        @Override
        public void close() throws IOException {
            if (exchange.isInIoThread()) {
                return;
            }
            try {
                closeInput();
            } finally {
                if (!closed) {
                    closed = true;
                    if (direct == null) {
                        direct = new UndertowOutputStream(exchange);
                        memory.writeTo(direct);
                    }
                    direct.close();
                }
            }
        }
    }

    /**
     * Undertow's blocking sender writes to the answer; so does this one, but "end the exchange" is
     * left to {@link WorkerAnswers}, which ends it from the I/O thread once the handler returns.
     */
    private static final class MemorySender implements Sender {
        private final Answer answer;

        MemorySender(Answer answer) {
            this.answer = answer;
        }

        @Override
        public void send(ByteBuffer buffer, IoCallback callback) {
            send(new ByteBuffer[] {buffer}, callback);
        }

        @Override
        public void send(ByteBuffer[] buffers, IoCallback callback) {
            written(callback, () -> {
                for (ByteBuffer buffer : buffers) {
                    if (buffer.hasArray()) {
                        answer.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
                        buffer.position(buffer.limit());
                    } else {
                        byte[] bytes = new byte[buffer.remaining()];
                        buffer.get(bytes);
                        answer.write(bytes, 0, bytes.length);
                    }
                }
            });
        }

        @Override
        public void send(ByteBuffer buffer) {
            send(buffer, IoCallback.END_EXCHANGE);
        }

        @Override
        public void send(ByteBuffer[] buffers) {
            send(buffers, IoCallback.END_EXCHANGE);
        }

        @Override
        public void send(String data, IoCallback callback) {
            send(data, StandardCharsets.UTF_8, callback);
        }

        @Override
        public void send(String data, Charset charset, IoCallback callback) {
            send(ByteBuffer.wrap(data.getBytes(charset)), callback);
        }

        @Override
        public void send(String data) {
            send(data, IoCallback.END_EXCHANGE);
        }

        @Override
        public void send(String data, Charset charset) {
            send(data, charset, IoCallback.END_EXCHANGE);
        }

        @Override
        public void transferFrom(FileChannel channel, IoCallback callback) {
            written(callback, () -> {
                ByteBuffer buffer = ByteBuffer.allocate(8 * 1024);
                while (channel.read(buffer) >= 0) {
                    buffer.flip();
                    answer.write(buffer.array(), 0, buffer.limit());
                    buffer.clear();
                }
            });
        }

        /** Writes, then tells the callback; ending the exchange is left to {@link WorkerAnswers}. */
        private void written(IoCallback callback, Writing writing) {
            try {
                writing.write();
            } catch (IOException e) {
                callback.onException(answer.exchange, this, e);
                return;
            }
            if (callback != IoCallback.END_EXCHANGE) {
                callback.onComplete(answer.exchange, this);
            }
        }

        @FunctionalInterface
        private interface Writing {
            void write() throws IOException;
        }

        /** Nothing to wait for: the answer is complete once the handler returns. */
        @Override
        public void close(IoCallback callback) {
        }

        @Override
        public void close() {
        }
    }
}
