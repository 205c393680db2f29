package org.telecrm.persistence.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;

/**
 * The tokens of Jackson's streaming parser: the reference {@link JsonScanner} is held to (a document reads the same
 * through both), and what a malformed document is read with again to say what is wrong with it as it always did.
 */
final class JacksonTokens extends JsonTokens {

    private final JsonParser in;

    JacksonTokens(JsonParser in) {
        this.in = in;
    }

    /** A source over {@code json}, before its first token. */
    static JacksonTokens of(String json) {
        try {
            return new JacksonTokens(Codecs.FACTORY.createParser(json));
        } catch (IOException e) {
            throw new IllegalStateException("a parser over a string", e);
        }
    }

    @Override
    Token next() {
        try {
            in.nextToken();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string does not fail but as JSON", e);
        }
        return current();
    }

    @Override
    Token current() {
        JsonToken token = in.currentToken();
        if (token == null) {
            return Token.END;
        }
        return switch (token) {
            case START_OBJECT -> Token.START_OBJECT;
            case END_OBJECT -> Token.END_OBJECT;
            case START_ARRAY -> Token.START_ARRAY;
            case END_ARRAY -> Token.END_ARRAY;
            case FIELD_NAME -> Token.FIELD_NAME;
            case VALUE_STRING -> Token.STRING;
            case VALUE_NUMBER_INT -> numberType();
            case VALUE_NUMBER_FLOAT -> Token.FLOAT;
            case VALUE_TRUE -> Token.TRUE;
            case VALUE_FALSE -> Token.FALSE;
            case VALUE_NULL -> Token.NULL;
            default -> throw new IllegalStateException("a token the codec does not read: " + token);
        };
    }

    private Token numberType() {
        try {
            return switch (in.getNumberType()) {
                case INT -> Token.INT;
                case LONG -> Token.LONG;
                default -> Token.BIG_INTEGER;
            };
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    String name() {
        try {
            return in.currentName();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    String text() {
        try {
            return in.getText();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    long longValue() {
        try {
            return in.getLongValue();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void skipChildren() {
        try {
            in.skipChildren();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    Replay rest() {
        TokenBuffer object;
        try {
            object = new TokenBuffer(in, null);
            object.writeStartObject();
            while (in.currentToken() == JsonToken.FIELD_NAME) {
                object.copyCurrentStructure(in);
                in.nextToken();
            }
            object.writeEndObject();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return () -> {
            JacksonTokens replay = new JacksonTokens(object.asParser());
            replay.next();
            replay.next();
            return replay;
        };
    }

    private static Unreadable unreadable(JsonProcessingException e) {
        return new Unreadable(Json.firstLine(e.getOriginalMessage()));
    }
}
