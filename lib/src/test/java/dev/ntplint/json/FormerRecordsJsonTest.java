package dev.ntplint.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.source.SourceFile;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Options, values and subnets, final classes since they hold less (issue 8, P4), print as the
 * records they were: an object of their components in order, a span as its four position fields.
 */
class FormerRecordsJsonTest {

  @Test
  void optionsValuesAndSubnetsPrintTheirComponentsAsRecordsDid() {
    var result = ChronyConf.parse(SourceFile.ofText("c.conf",
        "server a minpoll 4 iburst\nrefclock PHC /dev/ptp0 refid GPS\nallow 10/8\n"));
    StringWriter out = new StringWriter();
    List<Record> directives = new ArrayList<>();
    for (Object d : result.config().directives()) {
      directives.add((Record) d);
    }
    new ModelJson(out).writeDocument("chrony", "t", false,
        List.of(new ModelJson.FileModel("c.conf", 1, directives)), result.diagnostics());
    String json = out.toString().replaceAll("\\s+", " ");
    assertThat(json).contains("\"options\" : [ { \"kind\" : \"minpoll\", \"keyword\" : { \"text\" :"
        + " \"minpoll\", \"line\" : 1, \"column\" : 10, \"endLine\" : 1, \"endColumn\" : 17 },"
        + " \"value\" : { \"value\" : 4, \"line\" : 1, \"column\" : 18, \"endLine\" : 1,"
        + " \"endColumn\" : 19 } }, { \"kind\" : \"iburst\", \"keyword\" : { \"text\" :"
        + " \"iburst\", \"line\" : 1, \"column\" : 20, \"endLine\" : 1, \"endColumn\" : 26 },"
        + " \"value\" : null } ]");
    assertThat(json).contains("\"value\" : { \"text\" : \"GPS\", \"line\" : 2");
    assertThat(json).contains("{ \"text\" : \"10/8\", \"address\" : \"10.0.0.0\","
        + " \"prefixLength\" : 8, \"hostName\" : null, \"line\" : 3, \"column\" : 7,"
        + " \"endLine\" : 3, \"endColumn\" : 11 }");
  }
}
