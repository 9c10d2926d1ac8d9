package org.actionplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class CurrencyMismatchExceptionTests {

    private static final Currency ALL = Currency.getInstance("ALL");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void namesBothCurrenciesAndTheOperation() {
        CurrencyMismatchException e = new CurrencyMismatchException(ALL, EUR, "addition");
        assertThat(e).hasMessage("currencies differ: ALL and EUR cannot be combined in addition without an exchange rate");
        assertThat(e.getFirstCurrency()).isEqualTo(ALL);
        assertThat(e.getSecondCurrency()).isEqualTo(EUR);
    }

    @Test
    void keepsBothCurrenciesThroughJavaSerialisation() throws IOException, ClassNotFoundException {
        CurrencyMismatchException e = new CurrencyMismatchException(EUR, ALL, "comparison");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertThat(back).isInstanceOfSatisfying(CurrencyMismatchException.class, copy -> {
            assertThat(copy.getFirstCurrency()).isEqualTo(EUR);
            assertThat(copy.getSecondCurrency()).isEqualTo(ALL);
            assertThat(copy).hasMessage(e.getMessage());
        });
    }
}
