package org.telecrm.persistence.jdbc;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * crm-bom has no parent (importing it must impose none of the build's own versions), so nothing inherits for it: it
 * names every published artifact at this build's version, and the drivers at the versions the kit ran against here.
 */
class BomTest {

    @Test
    void theBomNamesEveryPublishedArtifactAndTheDriversTheKitRanAgainst() throws Exception {
        Document bom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File(System.getProperty("crm.bom")));
        Element project = bom.getDocumentElement();
        String version = System.getProperty("crm.version");
        assertEquals(version, text(project, "version"), "the BOM's own version");
        Map<String, String> properties = new TreeMap<>();
        NodeList declared = ((Element) project.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < declared.getLength(); i++) {
            if (declared.item(i) instanceof Element property) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
        }
        Map<String, String> managed = new TreeMap<>();
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String declaredVersion = text(dependency, "version");
            String resolved = declaredVersion.equals("${project.version}") ? version
                    : properties.getOrDefault(declaredVersion.replaceAll("^\\$\\{(.*)}$", "$1"), declaredVersion);
            managed.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), resolved);
        }
        Map<String, String> expected = new TreeMap<>(Map.of(
                "org.telecrm:crm-core", version,
                "org.telecrm:crm-persistence-spi", version,
                "org.telecrm:crm-persistence-jdbc", version,
                "org.telecrm:crm-persistence-tck", version,
                "com.h2database:h2", System.getProperty("crm.driver.h2"),
                "org.postgresql:postgresql", System.getProperty("crm.driver.postgresql"),
                "org.mariadb.jdbc:mariadb-java-client", System.getProperty("crm.driver.mariadb-java-client")));
        assertEquals(expected, managed);
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(child)) {
                return element.getTextContent().trim();
            }
        }
        throw new AssertionError(parent.getTagName() + " has no <" + child + ">");
    }
}
