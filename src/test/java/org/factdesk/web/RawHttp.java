package org.factdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately dumb HTTP/1.1 client for hostile requests: it writes exactly the bytes it is given (invalid UTF-8,
 * broken chunks, headers no library would send) and reads the whole answer, so a test can tell a complete response
 * from one cut off mid-stream.
 */
final class RawHttp {

    /** An answer as received; {@code complete} is false when the body ended before its framing said it would. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body, boolean complete) {

        static final Answer NONE = new Answer(0, Map.of(), new byte[0], false);

        boolean answered() {
            return status > 0;
        }

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /** Sends {@code request} (the whole request, head and body) and reads until the server closes. */
    static Answer exchange(int port, byte[] request, boolean head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may refuse and close before reading everything (an oversized head); read its answer.
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16384];
            try {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                return parse(received.toByteArray(), head, false);
            } catch (IOException e) {
                // Connection reset after the answer: judge what arrived.
            }
            return parse(received.toByteArray(), head, true);
        }
    }

    static Answer parse(byte[] bytes, boolean head, boolean closed) {
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            return Answer.NONE;
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            return Answer.NONE;
        }
        int status = Integer.parseInt(statusLine[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (head || status == 204 || status == 304 || status / 100 == 1) {
            return new Answer(status, headers, new byte[0], closed);
        }
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
            return dechunk(status, headers, rest);
        }
        List<String> length = headers.getOrDefault("content-length", List.of());
        if (!length.isEmpty()) {
            int expected = Integer.parseInt(length.get(0));
            boolean complete = rest.length >= expected;
            return new Answer(status, headers, java.util.Arrays.copyOf(rest, Math.min(expected, rest.length)), complete);
        }
        return new Answer(status, headers, rest, closed);
    }

    private static Answer dechunk(int status, Map<String, List<String>> headers, byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(data, new byte[] { '\r', '\n' }, at);
            if (lineEnd < 0) {
                return new Answer(status, headers, body.toByteArray(), false);
            }
            String sizeText = new String(data, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                return new Answer(status, headers, body.toByteArray(), false);
            }
            if (size == 0) {
                return new Answer(status, headers, body.toByteArray(), true);
            }
            int start = lineEnd + 2;
            if (start + size > data.length) {
                body.write(data, start, data.length - start);
                return new Answer(status, headers, body.toByteArray(), false);
            }
            body.write(data, start, size);
            at = start + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
