package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitrary;
import org.telecrm.persistence.tck.AccountGenerators;
import org.telecrm.persistence.tck.CustomerGenerators;
import org.telecrm.persistence.tck.MassOutagesContract;
import org.telecrm.persistence.tck.PurposeRegistersContract;
import org.telecrm.persistence.tck.ServiceOrderGenerators;
import org.telecrm.persistence.tck.SlaContractGenerators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the golden v1 fixtures were made, once, from the mapping of the day (kept to say so; run it again only to add
 * fixtures for a new aggregate or event type, never to change the existing files: they are the frozen format).
 * Thousands of histories come from the contract kit's generators; of their documents, the fewest that together show
 * every field, every array non-empty and every name (enum constant, kind, type) any of them shows are kept, for each
 * aggregate and for each event type. Run with the test class path and the directory to write into:
 * {@code java ... GoldenFixtureProducer crm-persistence-spi/crm-persistence-tck/src/test/resources}, followed by
 * the names of the aggregates to produce (all when none is named: name only a new one, so that no frozen file is
 * written again).
 */
final class GoldenFixtureProducer {

    private static final int SAMPLES = 3000;
    private static final Pattern NAME = Pattern.compile("[A-Z]+(_[A-Z0-9]+)*|[A-Z][a-z]+([A-Z][a-z]+)+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldenFixtureProducer() {
    }

    /**
     * What the generators never make, made by editing a generated document and passing it through the mapping (read,
     * then written): a name swapped for another of the same field, a part of one kind for one of another.
     */
    private static final Map<String, List<String[]>> EDITS = Map.of(
            "service-order", List.<String[]>of(new String[] {"\\{\"kind\":\"CALENDAR_DAYS\",\"days\":\\d+\\}",
                    "{\"kind\":\"WORKING_HOURS\",\"duration\":\"PT8H\",\"periods\":[\"08:30-12:00\",\"13:30-17:30\"]}"}),
            "sla-contract", List.<String[]>of(new String[] {"\"product\":\"DDN\"", "\"product\":\"FR\""},
                    new String[] {"\"product\":\"DIGITAL_CIRCUIT\"", "\"product\":\"ATM\""},
                    new String[] {"\"provisioningClass\":\"[A-Z]+\"", "\"provisioningClass\":\"URGENT\""},
                    new String[] {"\"cause\":\"[A-Z_]+\"", "\"cause\":\"FORCE_MAJEURE\""}));

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).resolve(Golden.ROOT);
        Set<String> only = Set.copyOf(List.of(args).subList(1, args.length));
        produce(only, root, Golden.CUSTOMER, CustomerGenerators.histories(), h -> h.customer(), h -> h.events());
        produce(only, root, Golden.ACCOUNT, AccountGenerators.histories(), h -> h.account(), h -> h.events());
        produce(only, root, Golden.SLA_CONTRACT, SlaContractGenerators.histories(), h -> h.contract(),
                h -> h.events());
        produce(only, root, Golden.SERVICE_ORDER, ServiceOrderGenerators.histories(), h -> h.order(),
                h -> h.events());
        produce(only, root, Golden.PURPOSE_REGISTER, PurposeRegistersContract.histories(), h -> h.register(),
                h -> h.events());
        produce(only, root, Golden.MASS_OUTAGE, MassOutagesContract.histories(), h -> h.outage(), h -> h.events());
    }

    private static <H, A, E> void produce(Set<String> only, Path root, Golden.Kind<A, E> kind, Arbitrary<H> histories,
                                          Function<H, A> aggregate, Function<H, io.vavr.collection.Seq<E>> events)
            throws IOException {
        if (!only.isEmpty() && !only.contains(kind.name())) {
            return;
        }
        List<String> documents = new ArrayList<>();
        Map<String, List<String>> byType = new LinkedHashMap<>();
        histories.sampleStream().limit(SAMPLES).forEach(history -> {
            documents.add(kind.write().apply(aggregate.apply(history)));
            events.apply(history).forEach(event -> byType.computeIfAbsent(kind.eventType().apply(event),
                    type -> new ArrayList<>()).add(kind.writeEvent().apply(event)));
        });
        List<String> chosen = cover(documents);
        chosen.addAll(edited(kind.name(), documents, kind::roundTrip));
        write(root.resolve(kind.name()), kind.name(), chosen);
        for (Map.Entry<String, List<String>> type : byType.entrySet()) {
            List<String> chosenEvents = cover(type.getValue());
            chosenEvents.addAll(edited(kind.name() + " " + type.getKey(), type.getValue(), kind::eventRoundTrip));
            write(root.resolve(kind.eventFolder()), type.getKey(), chosenEvents);
        }
        System.out.println(kind.name() + ": " + documents.size() + " documents, event types " + byType.keySet());
    }

    /** For each edit of this aggregate, the first document it applies to, edited, read and written again. */
    private static List<String> edited(String what, List<String> documents, Function<String, String> roundTrip) {
        List<String> made = new ArrayList<>();
        for (String[] edit : EDITS.getOrDefault(what.split(" ")[0], List.of())) {
            Pattern pattern = Pattern.compile(edit[0]);
            documents.stream().filter(d -> pattern.matcher(d).find()).findFirst().ifPresent(document -> {
                String changed = pattern.matcher(document).replaceFirst(java.util.regex.Matcher.quoteReplacement(edit[1]));
                String written = roundTrip.apply(changed);
                if (written.startsWith("{")) {
                    made.add(written);
                } else {
                    System.out.println(what + ": " + edit[1] + " does not read: " + written);
                }
            });
        }
        return made;
    }

    private static void write(Path folder, String name, List<String> chosen) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < chosen.size(); i++) {
            Path file = folder.resolve(name + (i == 0 ? "" : "-" + (i + 1)) + ".json");
            Files.writeString(file, chosen.get(i), StandardCharsets.UTF_8);
        }
    }

    /** The fewest documents (greedily) showing every feature any document shows; the shorter wins a tie. */
    private static List<String> cover(List<String> documents) {
        Map<String, Set<String>> features = new LinkedHashMap<>();
        documents.stream().distinct().forEach(d -> features.put(d, features(d)));
        Set<String> left = new LinkedHashSet<>();
        features.values().forEach(left::addAll);
        List<String> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            String best = features.keySet().stream().max(Comparator
                    .<String>comparingLong(d -> features.get(d).stream().filter(left::contains).count())
                    .thenComparing(Comparator.comparingInt(String::length).reversed())).orElseThrow();
            chosen.add(best);
            left.removeAll(features.get(best));
        }
        return chosen;
    }

    private static Set<String> features(String json) {
        Set<String> found = new LinkedHashSet<>();
        try {
            walk(MAPPER.readTree(json), "$", found);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static void walk(JsonNode node, String path, Set<String> found) {
        found.add(path);
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> walk(field.getValue(), path + "." + field.getKey(), found));
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, path + "[]", found));
        } else if (node.isTextual() && NAME.matcher(node.textValue()).matches()) {
            found.add(path + "=" + node.textValue());
        } else if (node.isBoolean()) {
            found.add(path + "=" + node.booleanValue());
        }
    }
}
