import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP sink for the fault-injection suite (JDK only: run with `java SmtpSink.java PORT DIR`).
 * Accepts every message, stores it as DIR/msg-N.eml and appends its Message-ID to DIR/received.log, so that
 * every delivery attempt that reached "the mail server" is counted, including a second one of the same letter.
 * An outage is simulated by killing this process (connections are then refused) and starting it again.
 */
public class SmtpSink {
    static final AtomicLong counter = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        counter.set(Files.list(dir).filter(p -> p.getFileName().toString().startsWith("msg-")).count());
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        System.out.println("smtp-sink listening on 127.0.0.1:" + port + ", storing in " + dir);
        while (true) {
            Socket socket = server.accept();
            new Thread(() -> handle(socket, dir)).start();
        }
    }


    static void handle(Socket socket, Path dir) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            socket.setSoTimeout(30_000);
            reply(out, "220 smtp-sink ready");
            String line;
            while ((line = in.readLine()) != null) {
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (cmd) {
                    case "EHLO", "HELO" -> reply(out, "250 smtp-sink");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> { reply(out, "221 bye"); return; }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        StringBuilder message = new StringBuilder();
                        String messageId = "(none)";
                        String l;
                        while ((l = in.readLine()) != null && !l.equals(".")) {
                            if (l.startsWith("..")) l = l.substring(1);
                            if (l.regionMatches(true, 0, "Message-ID:", 0, 11)) messageId = l.substring(11).trim();
                            message.append(l).append("\r\n");
                        }
                        long n = counter.incrementAndGet();
                        Files.writeString(dir.resolve("msg-" + n + ".eml"), message);
                        synchronized (SmtpSink.class) {
                            Files.writeString(dir.resolve("received.log"), messageId + "\n",
                                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                        reply(out, "250 OK queued as " + n);
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // client went away
        }
    }

    static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }
}
