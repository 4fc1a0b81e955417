<%@ page trimDirectiveWhitespaces="true" %>
<%@ include file="/WEB-INF/jsp/openboxes.jspf" %>
<%!
// OpenBoxes' migrations as Liquibase runs them at the web application's start: take the DATABASECHANGELOGLOCK
// row (waiting, forever, while another holds it), apply the changesets DATABASECHANGELOG lacks, release the
// lock. openboxes.sandbox.startSeconds (default 10) stands for the real first start's 5 to 45 minutes.

// WEB-INF/changelog.txt: "--changeset AUTHOR:ID FILE" lines, each followed by its SQL (statements end with ";").
List<String[]> readChangelog() {
    List<String[]> changesets = new ArrayList<>();
    try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/changelog.txt");
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        StringBuilder sql = null;
        String[] current = null;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("--changeset ")) {
                if (current != null) current[3] = sql.toString();
                String[] words = line.substring(12).trim().split("\\s+");
                String[] authorId = words[0].split(":", 2);
                current = new String[] {authorId[1], authorId[0], words[1], ""};
                changesets.add(current);
                sql = new StringBuilder();
            } else if (sql != null) {
                sql.append(line).append('\n');
            }
        }
        if (current != null) current[3] = sql.toString();
    } catch (IOException e) {
        throw new UncheckedIOException(e);
    }
    return changesets;
}

static void pause(long millis) {
    try {
        Thread.sleep(millis);
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
    }
}

public void jspInit() {
    Map<String, String> config = readConfig();
    long startMillis = (long) (Double.parseDouble(config.getOrDefault("openboxes.sandbox.startSeconds", "10")) * 1000);
    List<String[]> changesets = readChangelog();
    log("INFO", "liquibase", "Running liquibase changelog(s) ...");
    try (Connection db = connect(config)) {
        String me = java.net.InetAddress.getLocalHost().getHostName();
        while (true) {
            try (PreparedStatement take = db.prepareStatement(
                     "UPDATE DATABASECHANGELOGLOCK SET LOCKED=1, LOCKGRANTED=NOW(), LOCKEDBY=? WHERE ID=1 AND LOCKED=0")) {
                take.setString(1, me + " (openboxes)");
                if (take.executeUpdate() == 1) break;
            }
            log("INFO", "liquibase.lockservice", "Waiting for changelog lock....");
            pause(2000);
        }
        log("INFO", "liquibase.lockservice", "Successfully acquired change log lock");
        try {
            Set<String> applied = new HashSet<>();
            long order = 0;
            try (Statement query = db.createStatement();
                 ResultSet rows = query.executeQuery("SELECT ID, ORDEREXECUTED FROM DATABASECHANGELOG")) {
                while (rows.next()) {
                    applied.add(rows.getString(1));
                    order = Math.max(order, rows.getLong(2));
                }
            }
            List<String[]> pending = new ArrayList<>();
            for (String[] changeset : changesets)
                if (!applied.contains(changeset[0])) pending.add(changeset);
            log("INFO", "liquibase.changelog", changesets.size() + " changesets in the changelog, " + pending.size() + " to run");
            String deployment = Long.toString(System.currentTimeMillis() % 10000000000L);
            // A validation pass over the whole changelog, then the changesets: a slow first start, as the real one.
            pause(pending.isEmpty() ? startMillis / 4 : startMillis / (pending.size() + 1));
            for (String[] changeset : pending) {
                long began = System.currentTimeMillis();
                pause(startMillis / (pending.size() + 1));
                try (Statement run = db.createStatement()) {
                    for (String statement : changeset[3].split(";\\s*\n"))
                        if (!statement.isBlank()) run.execute(statement);
                }
                try (PreparedStatement record = db.prepareStatement(
                         "INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE,"
                         + " MD5SUM, DESCRIPTION, LIQUIBASE, DEPLOYMENT_ID) VALUES (?, ?, ?, NOW(), ?, 'EXECUTED', ?, 'sql', '4.8.0', ?)")) {
                    record.setString(1, changeset[0]);
                    record.setString(2, changeset[1]);
                    record.setString(3, changeset[2]);
                    record.setLong(4, ++order);
                    record.setString(5, "8:" + Integer.toHexString(changeset[3].hashCode()));
                    record.setString(6, deployment);
                    record.executeUpdate();
                }
                log("INFO", "liquibase.changelog", "ChangeSet " + changeset[2] + "::" + changeset[0] + "::" + changeset[1]
                    + " ran successfully in " + (System.currentTimeMillis() - began) + "ms");
            }
            log("INFO", "liquibase", "All migrations ran successfully!");
        } finally {
            try (Statement release = db.createStatement()) {
                release.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED=0, LOCKGRANTED=NULL, LOCKEDBY=NULL WHERE ID=1");
            }
            log("INFO", "liquibase.lockservice", "Successfully released change log lock");
        }
        log("INFO", "liquibase", "Finished running liquibase changelog(s)!");
    } catch (SQLException | IOException | RuntimeException e) {
        log("ERROR", "liquibase", "Migration failed: " + e);
        throw new IllegalStateException("Liquibase migrations failed: " + e.getMessage(), e);
    }
}
%>
