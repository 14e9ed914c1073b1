package org.lagebild.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.EnglishGrammaticalRelations;
import edu.stanford.nlp.trees.EnglishGrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Turns a {@link FastParser.Parse} into the basic-dependencies {@link SemanticGraph} that
 * CoreNLP's depparse annotator would store, through the same CoreNLP classes: typed
 * dependencies over the sentence's tokens, the language's GrammaticalStructure and
 * {@code SemanticGraphFactory}'s BASIC mode, whose UD corrections (e.g. nsubj → nsubj:pass
 * next to a passive auxiliary) the labels need. Only BASIC is built; the annotator also builds
 * four enhanced/collapsed graphs that Lagebild never reads.
 */
final class NndepGraphs {
    private final Language language;

    NndepGraphs(String modelLanguage) {
        // Models in the old format name no language: CoreNLP's nndep Config default applies.
        this.language = modelLanguage.isEmpty() ? new Config(new Properties()).language
                : Config.getLanguage(modelLanguage);
        if (language == Language.Chinese) {
            throw new IllegalArgumentException("Chinese nndep models are not supported");
        }
    }

    SemanticGraph basic(List<CoreLabel> tokens, FastParser.Parse parse) {
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> deps = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int head = parse.heads()[i];
            IndexedWord dependent = new IndexedWord(tokens.get(i));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT : relation(parse.labels()[i]);
            deps.add(new TypedDependency(rel, governor, dependent));
        }
        TreeGraphNode rootNode = new TreeGraphNode(root);
        GrammaticalStructure gs = language == Language.English
                ? new EnglishGrammaticalStructure(deps, rootNode)
                : new UniversalEnglishGrammaticalStructure(deps, rootNode);
        return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
    }

    /** As nndep's makeGrammaticalRelation: the language's known relation, else a new one under "dep". */
    private GrammaticalRelation relation(String label) {
        GrammaticalRelation known = switch (language) {
            case English -> EnglishGrammaticalRelations.shortNameToGRel.get(label);
            case UniversalEnglish -> UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
            default -> null;
        };
        return known != null ? known : new GrammaticalRelation(language, label, null, GrammaticalRelation.DEPENDENT);
    }
}
