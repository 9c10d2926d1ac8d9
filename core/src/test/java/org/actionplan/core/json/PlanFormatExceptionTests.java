package org.actionplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanFormatExceptionTests {

    static Stream<Arguments> data_message() {
        return Stream.of(
                Arguments.of(3, 7, "goals[0].id", "id must not be blank", "line 3, column 7, at goals[0].id: id must not be blank"),
                Arguments.of(3, 7, "", "malformed", "line 3, column 7: malformed"),
                Arguments.of(-1, -1, "goals", "bad", "at goals: bad"),
                Arguments.of(-1, -1, "", "document larger than 1 bytes", "document larger than 1 bytes"));
    }

    @ParameterizedTest
    @MethodSource("data_message")
    void messageGivesLineColumnPathAndReason(int line, int column, String path, String reason, String message) {
        PlanFormatException e = new PlanFormatException(line, column, path, reason, null);
        assertThat(e).hasMessage(message);
        assertThat(e.getLine()).isEqualTo(line);
        assertThat(e.getColumn()).isEqualTo(column);
        assertThat(e.getPath()).isEqualTo(path);
        assertThat(e.getReason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @MethodSource("data_message")
    void warningsUseTheSameLayout(int line, int column, String path, String reason, String message) {
        if (line > 0) {
            assertThat(new ReadWarning(line, column, path, reason)).hasToString(message);
        }
    }
}
