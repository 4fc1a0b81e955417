<%@ page contentType="application/json; charset=UTF-8" trimDirectiveWhitespaces="true" %>
<%@ include file="/WEB-INF/jsp/openboxes.jspf" %>
<%
// GET /openboxes/api/status, as OpenBoxes answers it without a log-in: the version and the database's state.
Map<String, String> settings = readConfig();
String version = null;
try (InputStream manifest = application.getResourceAsStream("/META-INF/MANIFEST.MF")) {
    if (manifest != null) version = new java.util.jar.Manifest(manifest).getMainAttributes().getValue("Implementation-Version");
}
String databaseStatus = "OK", databaseError = null, head = null;
long products = -1;
try (Connection db = connect(settings); Statement query = db.createStatement()) {
    try (ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM product")) {
        rows.next();
        products = rows.getLong(1);
    }
    try (ResultSet rows = query.executeQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC LIMIT 1")) {
        if (rows.next()) head = rows.getString(1);
    }
} catch (SQLException e) {
    databaseStatus = "ERROR";
    databaseError = e.getMessage();
    response.setStatus(503);
}
Path uploads = Paths.get(settings.getOrDefault("openboxes.uploads.location", System.getProperty("catalina.base") + "/uploads"));
long files = 0;
if (Files.isDirectory(uploads)) {
    try (java.util.stream.Stream<Path> walk = Files.walk(uploads)) {
        files = walk.filter(Files::isRegularFile).count();
    } catch (IOException | UncheckedIOException e) {
        files = -1;
    }
}
out.print("{\"status\": \"OK\", \"version\": " + json(version) + ", \"serverURL\": " + json(settings.get("grails.serverURL"))
    + ", \"database\": {\"status\": " + json(databaseStatus) + ", \"error\": " + json(databaseError)
    + ", \"products\": " + products + ", \"changelogHead\": " + json(head) + "}"
    + ", \"uploads\": {\"location\": " + json(uploads.toString()) + ", \"files\": " + files + "}}\n");
%>
