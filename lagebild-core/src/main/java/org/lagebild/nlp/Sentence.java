package org.lagebild.nlp;

/** A sentence: character range and its tokens {@code [firstToken, endToken)} in the document. */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
    public int size() {
        return endToken - firstToken;
    }

    public boolean containsToken(int token) {
        return token >= firstToken && token < endToken;
    }
}
