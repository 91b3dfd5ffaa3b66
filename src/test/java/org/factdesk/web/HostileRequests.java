package org.factdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hostile request corpus ({@code src/test/resources/hostile/requests.txt}; its header explains the format). */
record HostileRequests(int line, String source, boolean mustRefuse, boolean mayDrop, String method, String target,
        String contentType, String body, boolean chunked, List<String[]> headers) {

    static final String CORPUS = "/hostile/requests.txt";

    private static final Pattern REPEAT = Pattern.compile("\\{rep:(\\d+):((?:\\\\u\\{[0-9A-Fa-f]+\\}|[^}])*)\\}");

    /** Every request of the corpus, in file order. */
    static List<HostileRequests> load() throws IOException {
        List<HostileRequests> requests = new ArrayList<>();
        try (InputStream in = HostileRequests.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException(CORPUS + " is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String text = lines[i].strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    requests.add(parse(i + 1, text));
                }
            }
        }
        return requests;
    }

    static HostileRequests parse(int line, String text) {
        String[] parts = text.split(" ::");
        String[] head = parts[0].split(" ");
        int at = 0;
        boolean refuse = false;
        boolean drop = false;
        if (head[0].equals("!")) {
            refuse = true;
            at++;
        } else if (head[0].equals("~")) {
            drop = true;
            at++;
        }
        if (head.length != at + 2) {
            throw new IllegalArgumentException("line " + line + ": expected [flag] METHOD TARGET, got " + parts[0]);
        }
        String contentType = null;
        String body = null;
        boolean chunked = false;
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("json")) {
                contentType = "application/json";
                body = part.length() > 5 ? part.substring(5) : "";
            } else if (part.startsWith("form")) {
                contentType = "application/x-www-form-urlencoded";
                body = part.length() > 5 ? part.substring(5) : "";
            } else if (part.startsWith("type ")) {
                String rest = part.substring(5);
                int space = rest.indexOf(' ');
                contentType = space < 0 ? rest : rest.substring(0, space);
                body = space < 0 ? "" : rest.substring(space + 1);
            } else if (part.startsWith("chunked ")) {
                chunked = true;
                body = part.substring(8);
            } else if (part.startsWith("h ")) {
                int colon = part.indexOf(':');
                headers.add(new String[] { part.substring(2, colon).strip(), part.substring(colon + 1).stripLeading() });
            } else {
                throw new IllegalArgumentException("line " + line + ": unknown part ::" + part);
            }
        }
        return new HostileRequests(line, text, refuse, drop, head[at], head[at + 1], contentType, body, chunked,
                headers);
    }

    boolean isApi() {
        return target.startsWith("/api/");
    }

    /** The request as bytes, with the placeholders filled in and the sender's cookies. */
    byte[] bytes(int port, Map<String, String> values, String cookie) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] payload = body == null ? null : decode(fill(body, values));
        write(out, method + " ");
        out.writeBytes(decode(fill(target, values)));
        write(out, " HTTP/1.1\r\n");
        List<String[]> all = new ArrayList<>();
        all.add(new String[] { "Host", "localhost:" + port });
        all.add(new String[] { "Connection", "close" });
        all.add(new String[] { "User-Agent", "factdesk-hostile-test" });
        all.add(new String[] { "Accept", isApi() ? "application/json" : "text/html" });
        if (cookie != null && !cookie.isEmpty()) {
            all.add(new String[] { "Cookie", cookie });
        }
        if (contentType != null) {
            all.add(new String[] { "Content-Type", contentType });
        }
        if (chunked) {
            all.add(new String[] { "Transfer-Encoding", "chunked" });
        } else if (payload != null) {
            all.add(new String[] { "Content-Length", String.valueOf(payload.length) });
        }
        for (String[] custom : headers) {
            boolean keepBoth = custom[0].equalsIgnoreCase("Content-Length") || custom[0].equalsIgnoreCase("Cookie")
                    && cookie == null;
            if (!keepBoth) {
                all.removeIf(h -> h[0].equalsIgnoreCase(custom[0]));
            }
            all.add(custom);
        }
        for (String[] h : all) {
            write(out, h[0] + ": ");
            out.writeBytes(decode(fill(h[1], values)));
            write(out, "\r\n");
        }
        write(out, "\r\n");
        if (payload != null) {
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }

    /** Whether the text of the request (decoded) contains {@code marker}, so an echo of it is not a leak. */
    boolean mentions(String marker) {
        return source.toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(expanded, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(expanded);
        String filled = expanded.toString();
        for (Map.Entry<String, String> v : values.entrySet()) {
            filled = filled.replace("{" + v.getKey() + "}", v.getValue());
        }
        return filled;
    }

    /** Applies the escapes (\r, \n, \t, a doubled backslash, \xHH, and u{HEX} after a backslash); the rest is UTF-8. */
    static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                write(out, String.valueOf(c));
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '\\' -> out.write('\\');
                case 'x' -> {
                    out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '{') {
                        write(out, "\\u"); // JSON's own escape, passed through
                        continue;
                    }
                    int close = text.indexOf('}', i);
                    int codePoint = Integer.parseInt(text.substring(i + 2, close), 16);
                    write(out, new String(Character.toChars(codePoint)));
                    i = close;
                }
                default -> write(out, "\\" + next);
            }
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
