package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.echoer.webapp.support.EchoerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each flow run looks up the latest definition of its key: the database has an index for that. */
@EchoerAppTest
class ProcessDefinitionKeyIndexIT {

    @Autowired
    DataSource dataSource;

    @Test
    void indexesProcessDefinitionsByKeyAndVersion() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("ACT_RE_PROCDEF", "act_re_procdef")) {
                try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, true)) {
                    while (index.next()) {
                        if ("ECHOER_IDX_PROCDEF_KEY".equalsIgnoreCase(index.getString("INDEX_NAME"))) {
                            columns.add(index.getShort("ORDINAL_POSITION") + " "
                                    + index.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }

        assertThat(columns).containsExactly("1 KEY_", "2 VERSION_");
    }
}
