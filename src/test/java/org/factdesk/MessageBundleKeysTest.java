package org.factdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.factdesk.web.Language;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every message bundle is complete in every language: each key of each {@code @MessageBundle} interface is in its
 * {@code messages/<bundle>_<tag>.properties} for each language but English (the interface's own texts), no such file
 * has a key its interface lacks, and no file belongs to no bundle or no language.
 */
class MessageBundleKeysTest {

    /** Bundle name → its keys, from the compiled interfaces. */
    private static Map<String, Set<String>> bundles() {
        Map<String, Set<String>> bundles = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factdesk")) {
            if (!type.isAnnotatedWith(MessageBundle.class)) {
                continue;
            }
            Class<?> bundle = type.reflect();
            Set<String> keys = new TreeSet<>();
            for (Method method : bundle.getDeclaredMethods()) {
                Message message = method.getAnnotation(Message.class);
                if (message != null) {
                    keys.add(message.key().equals(Message.DEFAULT_NAME) ? method.getName() : message.key());
                }
            }
            bundles.put(bundle.getAnnotation(MessageBundle.class).value(), keys);
        }
        return bundles;
    }

    private static Set<String> keysOf(String resource) throws IOException {
        try (InputStream in = MessageBundleKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String fileName(String bundle, Language language) {
        return bundle + "_" + language.tag().replace('-', '_') + ".properties";
    }

    @Test
    void everyKeyIsInEveryLanguageAndNoFileHasAKeyItsBundleLacks() throws IOException {
        Map<String, Set<String>> bundles = bundles();
        assertTrue(bundles.keySet().containsAll(List.of("app", "account", "settings", "claim", "review")),
                "bundles found: " + bundles.keySet());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> bundle : bundles.entrySet()) {
            assertFalse(bundle.getValue().isEmpty(), bundle.getKey() + " has no messages");
            for (Language language : Language.values()) {
                if (language == Language.DEFAULT) {
                    continue;
                }
                String file = "messages/" + fileName(bundle.getKey(), language);
                Set<String> keys = keysOf(file);
                Set<String> missing = new TreeSet<>(bundle.getValue());
                missing.removeAll(keys);
                Set<String> unknown = new TreeSet<>(keys);
                unknown.removeAll(bundle.getValue());
                if (!missing.isEmpty()) {
                    problems.add(file + " lacks " + missing);
                }
                if (!unknown.isEmpty()) {
                    problems.add(file + " has keys its bundle lacks: " + unknown);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFileBelongsToABundleAndALanguage() throws IOException, URISyntaxException {
        Set<String> expected = new TreeSet<>();
        for (String bundle : bundles().keySet()) {
            for (Language language : Language.values()) {
                if (language != Language.DEFAULT) {
                    expected.add(fileName(bundle, language));
                }
            }
        }
        Path folder = Path.of(getClass().getClassLoader().getResource("messages").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, present);
        }
    }
}
