package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.events.eval.QuadClass;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;

/** English rule patterns of session 6, on sentences written for this test. */
class EnglishEventRulesTest {
    private static final Analyzer RULES = new Analyzer();

    private static List<EventRecord> events(String text) throws Exception {
        return RULES.analyze(new Document("t", text, "en", null, null, null, "t")).events();
    }

    private static EventRecord only(String text) throws Exception {
        List<EventRecord> e = events(text);
        assertEquals(1, e.size(), e.toString());
        return e.get(0);
    }

    @Test
    void phraseTriggersAreFoundAtTheirVerb() throws Exception {
        EventRecord e = only("The opposition called on the government to raise wages.");
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("group:OPP:opposition"), e.source());
        assertEquals("020", e.cameo());
        assertEquals("called", e.trigger().text());
    }

    @Test
    void aNounEventOfASupportVerbTakesItsSubjectAndToPhrase() throws Exception {
        EventRecord e = only("The United States has issued an ultimatum to Sudan.");
        assertEquals("THREATEN", e.type());
        assertEquals(List.of("USA"), e.source());
        assertEquals(List.of("SDN"), e.target());
    }

    @Test
    void aLiftedBanIsOneEventNotTwo() throws Exception {
        EventRecord e = only("The president lifted the travel ban on Chadian citizens.");
        assertEquals("RETREAT", e.type());
        assertEquals("lifted", e.trigger().text());
    }

    @Test
    void rejectingAnAccusationIsNoEvent() throws Exception {
        List<EventRecord> e = events("The foreign ministry rejected accusations by the United States.");
        assertTrue(e.isEmpty(), e.toString());
    }

    @Test
    void refusedAndThreatenedActsAreClassedAsCameoDoes() throws Exception {
        EventRecord refused = events("The government refused to lift the sanctions on Iran.").stream()
                .filter(x -> x.type().equals("RETREAT")).findFirst().orElseThrow();
        assertTrue(refused.negated(), refused.toString());
        assertEquals(3, QuadClass.of(refused));
        EventRecord threat = events("Rebel units threatened to shell the British forces.").stream()
                .filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertTrue(threat.future(), threat.toString());
        assertEquals(3, QuadClass.of(threat));
    }

    // session 7

    @Test
    void aRecipientThatIsNoKnownActorKeepsItsNounPhrase() throws Exception {
        EventRecord e = only("The government rejected the draft truce resolution proposed by the council.");
        assertEquals("REJECT", e.type());
        assertTrue(e.target().isEmpty(), "no actor id for a phrase: " + e);
        assertEquals(1, e.targetMentions().size(), e.toString());
        assertTrue(e.targetMentions().get(0).text().startsWith("the draft truce resolution"), e.toString());
        // a pronoun is no target phrase
        EventRecord pron = only("The government rejected it.");
        assertTrue(pron.targetMentions().isEmpty(), pron.toString());
    }

    @Test
    void aQuantityParsedAsTheObjectHeadStillMeetsTheConstraint() throws Exception {
        EventRecord e = only("The New Zealand government provided an additional $2 million in assistance to Fiji.");
        assertEquals("AID", e.type());
        assertTrue(events("The New Zealand government provided an additional explanation to Fiji.").isEmpty());
    }

    @Test
    void aReportedMustIsADemandOfTheClauseSubject() throws Exception {
        List<EventRecord> e = events("Russia said Israel must end its attacks on Syria.");
        EventRecord demand = QuadClass.main(e).orElseThrow();
        assertEquals("REQUEST", demand.type(), e.toString());
        assertEquals("100", demand.cameo());
        assertEquals("must", demand.trigger().text());
        assertEquals(List.of("RUS"), demand.source());
        assertEquals(List.of("ISR"), demand.target());
        assertEquals(3, QuadClass.of(demand));
        // without "must" the reported act is coded as such
        assertTrue(events("Russia said Israel ended its attacks on Syria.").stream().noneMatch(x -> x.type().equals("REQUEST")));
    }

    @Test
    void withdrawingPeacekeepersReducesRelations() throws Exception {
        EventRecord e = only("Qatar withdrew its peacekeepers from the border.");
        assertEquals("SANCTION", e.type());
        assertEquals(3, QuadClass.of(e));
        assertEquals("RETREAT", only("Qatar withdrew its troops from the border.").type());
    }

    @Test
    void withdrawingAmbassadorsReducesDiplomaticRelations() throws Exception {
        EventRecord e = only("Turkey and Israel withdrew their ambassadors in 2018.");
        assertEquals("SANCTION", e.type());
        assertEquals("161", e.cameo());
        assertEquals(3, QuadClass.of(e));
        EventRecord troops = only("Turkey withdrew its soldiers from the border in 2018.");
        assertEquals("RETREAT", troops.type());
        assertEquals("087", troops.cameo());
    }

    @Test
    void aSubjectThatIsNoKnownActorKeepsItsNounPhraseAsSource() throws Exception {
        EventRecord e = only("A car bomb in Kiev killed another ethnic Chechen.");
        assertEquals("ASSAULT", e.type());
        assertTrue(e.source().isEmpty(), e.toString());
        assertTrue(e.sourceMentions().get(0).text().startsWith("A car bomb"), e.toString());
        assertTrue(e.targetMentions().get(0).text().endsWith("Chechen"), e.toString());
        assertTrue(events("It killed another ethnic Chechen.").isEmpty(), "a pronoun is no source phrase");
        assertTrue(events("The new law attacked the old habits.").isEmpty(), "an abstract subject is no source phrase");
    }

    @Test
    void anAppealInAStatementIsMadeByWhoIssuedIt() throws Exception {
        EventRecord e = only("Amnesty International issued a statement calling on the authorities to release him.");
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("AMNESTY"), e.source());
    }

    @Test
    void strikesAndFlagBurningsAreProtests() throws Exception {
        EventRecord strike = only("Workers at the mine went on strike for better pay.");
        assertEquals("PROTEST", strike.type());
        assertEquals("strike", strike.mode());
        assertEquals("PROTEST", only("Protesters in the town burned the Macedonian flag.").type());
        assertTrue(events("Protesters in the town burned the letters.").isEmpty(), "only flags and effigies");
    }

    @Test
    void receivingAnEnvoyIsHostingAVisitReceivingAidIsNot() throws Exception {
        EventRecord e = only("The prime minister received the UAE ambassador in Manama.");
        assertEquals("CONSULT", e.type());
        assertEquals("043", e.cameo());
        assertTrue(events("The prime minister received a letter in Manama.").isEmpty());
    }

    // session 8

    @Test
    void anActOnlyConsideredIsAPolicyOptionNotTheAct() throws Exception {
        EventRecord e = only("Japan is considering sending aid to North Korea.");
        assertEquals("AID", e.type());
        assertEquals("014", e.cameo());
        assertTrue(e.hypothetical(), e.toString());
        assertEquals(0, QuadClass.of(e));
        EventRecord sent = only("Japan is sending aid to North Korea.");
        assertEquals("070", sent.cameo());
        assertEquals(2, QuadClass.of(sent));
    }

    @Test
    void beingWillingToActIsAnIntent() throws Exception {
        EventRecord e = only("Honduras is willing to withdraw its troops from the border zone.");
        assertTrue(e.future(), e.toString());
        assertEquals(1, QuadClass.of(e));
        assertEquals(2, QuadClass.of(only("Honduras withdrew its troops from the border zone.")));
    }

    @Test
    void usingCiviliansAsHumanShieldsIsAnAssault() throws Exception {
        EventRecord e = only("The militants used the villagers as human shields.");
        assertEquals("ASSAULT", e.type());
        assertEquals("184", e.cameo());
        assertTrue(events("The militants used the villagers as couriers.").isEmpty());
    }

    @Test
    void anExpressedConcernIsANeutralStatement() throws Exception {
        Analysis a = RULES.analyze(new Document("t", "The foreign minister expressed concern about the new law.", "en", null, null, null, "t"));
        assertTrue(a.events().isEmpty(), a.events().toString());
        assertEquals(1, a.statements().size(), a.statements().toString());
        assertEquals(0, QuadClass.ofSentence(a));
        Analysis none = RULES.analyze(new Document("t", "The prices are expressed in dollars.", "en", null, null, null, "t"));
        assertTrue(none.statements().isEmpty(), none.statements().toString());
    }

    @Test
    void pressureToActIsADemandAndADeadlineAnUltimatum() throws Exception {
        EventRecord demand = QuadClass.main(events("The police pressured the workers to call off the strike.")).orElseThrow();
        assertEquals("REQUEST", demand.type());
        assertEquals(3, QuadClass.of(demand));
        assertTrue(events("The union called off the strike.").stream().noneMatch(x -> x.type().equals("REQUEST")));
        EventRecord deadline = QuadClass.main(events("The president set a deadline for the rebels to disarm.")).orElseThrow();
        assertEquals("THREATEN", deadline.type());
        assertTrue(events("The president set a new record.").isEmpty());
    }

    @Test
    void aParticipleAdjunctHasTheSubjectOfItsClause() throws Exception {
        EventRecord e = only("Russia responded by condemning the attack.");
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("RUS"), e.source());
        // a participle with a subject of its own keeps it
        EventRecord own = only("Russia responded, with Belarus condemning the attack.");
        assertEquals(List.of("BLR"), own.source());
    }

    @Test
    void aHyphenatedCeaseFireIsOneNoun() throws Exception {
        EventRecord e = only("The president announced a cease-fire with the rebels.");
        assertEquals("RETREAT", e.type());
        assertEquals("ceasefire", e.mode());
        assertTrue(events("The president announced a fire-sale.").isEmpty());
    }

    @Test
    void aClaimedAttackIsAClaimOfResponsibility() throws Exception {
        assertEquals(0, sentenceClass("The Taliban claimed responsibility for the attack on the army base."));
        assertEquals(4, sentenceClass("The Taliban attacked the army base."));
        // an event before the claim is not what is claimed
        assertEquals(3, sentenceClass("The minister rejected the offer, claiming it was unfair."));
    }

    // ---- session 9

    @Test
    void aTransferTargetsWhereItGoesOrComesFromNotTheThing() throws Exception {
        EventRecord withdrawn = only("The UN withdrew peacekeepers from the Golan Heights.");
        assertEquals(List.of("the Golan Heights"), targets(withdrawn));
        EventRecord lifted = only("The United States lifted sanctions on Sudan.");
        assertEquals(List.of("SDN"), lifted.target());
        // a set phrase is no recipient, and a release targets who is freed, not the jail
        EventRecord suspended = only("The government suspended aid in protest at the arrests.");
        assertTrue(targets(suspended).stream().noneMatch(t -> t.startsWith("protest")), targets(suspended).toString());
        EventRecord freed = only("The rebels freed the prisoners from a jail.");
        assertTrue(targets(freed).stream().noneMatch(t -> t.contains("jail")), targets(freed).toString());
    }

    @Test
    void aDateIsNoTargetEvenWhenTheTaggerMissesIt() throws Exception {
        EventRecord e = only("The president on Tuesday lifted a travel ban imposed on Chadian citizens.");
        assertTrue(targets(e).stream().noneMatch(t -> t.contains("Tuesday")), targets(e).toString());
        EventRecord friday = only("The United States lifted long-standing sanctions against Sudan on Friday.");
        assertTrue(targets(friday).stream().anyMatch(t -> t.contains("Sudan")), targets(friday).toString());
    }

    @Test
    void aThreatTargetsTheObjectOfTheThreatenedAct() throws Exception {
        EventRecord threat = QuadClass.main(events("Hezbollah threatened to shell Haifa.")).orElseThrow();
        assertEquals("THREATEN", threat.type());
        assertEquals(List.of("Haifa"), targets(threat));
        // an agreed act's object is no party to the agreement
        EventRecord agreed = events("The two leaders agreed to sign a trade deal.").stream()
                .filter(x -> x.type().equals("AGREE") && x.trigger().text().equals("agreed")).findFirst().orElseThrow();
        assertTrue(targets(agreed).isEmpty(), targets(agreed).toString());
    }

    @Test
    void aCompoundModifierOfAFrameNounMeetsTheConstraint() throws Exception {
        assertEquals("ASSAULT", only("The rebels violated the ceasefire agreement.").type());
        assertTrue(events("The rebels violated the trade agreement.").isEmpty());
    }

    @Test
    void whoIsResponsibleOrGuiltyIsTheActor() throws Exception {
        EventRecord e = only("Los Zetas cartel has been responsible for mass killings in northern Mexico.");
        assertEquals("ASSAULT", e.type());
        assertTrue(e.sourceMentions().stream().anyMatch(m -> m.text().startsWith("Los Zetas")), e.toString());
        EventRecord guilty = only("The Moro Islamic Liberation Front is guilty of violating the ceasefire agreement.");
        assertEquals("ASSAULT", guilty.type());
        // responsible for something that is no event, or "guilty" of nothing
        assertTrue(events("The cartel has been responsible for the region's economy.").isEmpty());
    }

    @Test
    void somethingReturnedToAStateIsARelease() throws Exception {
        EventRecord e = only("ICE returned a silver pendant to Russian authorities.");
        assertEquals("RETREAT", e.type());
        assertEquals(List.of("Russian authorities"), targets(e));
        assertTrue(events("The delegation returned to Moscow.").isEmpty());
    }

    @Test
    void takingPartInAPeacekeepingOperationIsProtection() throws Exception {
        EventRecord e = only("Azerbaijani troops participate in peacekeeping operations in Afghanistan.");
        assertEquals("AID", e.type());
        assertEquals("074", e.cameo());
        EventRecord ready = only("The EU is ready to contribute to the peacekeeping operation in Georgia.");
        assertTrue(ready.future());
        assertEquals(1, QuadClass.of(ready));
        assertTrue(events("The police operation in Kabul ended on Monday.").isEmpty());
    }

    @Test
    void decliningToCommentIsANeutralStatement() throws Exception {
        assertEquals(0, sentenceClass("The Government of Eritrea declined to comment on the dispute."));
        Analysis resign = RULES.analyze(new Document("t", "The minister declined to resign.", "en", null, null, null, "t"));
        assertTrue(resign.statements().isEmpty(), resign.statements().toString()); // a refused act, no statement
    }

    @Test
    void anActInAnExpressedOrDeniedMessageIsTheStatement() throws Exception {
        assertEquals(0, sentenceClass("The government expressed condolences over a fire that killed ten people."));
        assertEquals(4, sentenceClass("A fire killed ten people."));
        assertEquals(0, sentenceClass("The minister denied charges that he had attacked the journalist."));
    }

    @Test
    void suspendingATaxEasesIt() throws Exception {
        assertEquals("RETREAT", only("France suspended a digital tax on U.S. tech companies.").type());
        assertEquals("SANCTION", only("France suspended aid to the government.").type());
    }

    // session 9, round 2

    @Test
    void pushingForSomethingIsAnAppeal() throws Exception {
        EventRecord e = only("The farmers' union is pushing hard for lower taxes.");
        assertEquals("REQUEST", e.type());
        assertEquals("020", e.cameo());
        assertEquals(0, QuadClass.of(e));
        assertEquals("REQUEST", only("The senator lobbied for a new law.").type());
        // "push" without "for" is no appeal
        assertTrue(events("The crowd pushed the barrier aside.").isEmpty());
    }

    @Test
    void anAttackNounThatKilledTheSubjectHasItAsVictim() throws Exception {
        EventRecord e = only("The prisoner died due to continued torture.");
        assertEquals("ASSAULT", e.type());
        assertTrue(e.source().isEmpty(), e.toString());
        assertTrue(targets(e).size() == 1 && targets(e).get(0).contains("prisoner"), e.toString());
        assertEquals("ASSAULT", only("The journalist died as a result of the torture.").type());
        // an illness is no attack, and an event noun that caused no death needs an actor as before
        assertTrue(events("The former minister died of a heart attack.").isEmpty());
        assertTrue(events("The prisoner spoke about torture.").isEmpty());
    }

    @Test
    void receivedAidMakesTheSubjectTheRecipient() throws Exception {
        EventRecord e = only("Kenya received $2 million in aid.");
        assertEquals("AID", e.type());
        assertEquals(List.of("KEN"), e.target());
        assertTrue(e.source().isEmpty(), e.toString());
        assertTrue(events("The minister received a letter from the president.").isEmpty());
    }

    @Test
    void refutingCommentsIsARejection() throws Exception {
        assertEquals("REJECT", only("The government refuted the president's comments on land reform.").type());
        // refuting an accusation is a denial, as for reject
        assertTrue(events("The ministry refuted accusations by the opposition.").isEmpty());
    }

    // session 10

    @Test
    void anAddresseeParsedAsTheInfinitivesSubjectIsTheAppealsTarget() throws Exception {
        // the urged crackdown is an event of its own since session 31, marked hypothetical
        List<EventRecord> all = events("The UN has called on Kenya's newly elected government to crack down on armed groups.");
        assertTrue(all.stream().filter(x -> !x.type().equals("REQUEST")).allMatch(EventRecord::hypothetical), all.toString());
        EventRecord e = all.stream().filter(x -> x.type().equals("REQUEST")).findFirst().orElseThrow();
        assertTrue(targets(e).size() == 1 && targets(e).get(0).contains("government"), e.toString());
        // a purpose clause is no addressee: "so" marks it, not "on"
        EventRecord p = only("The union called for a strike so that workers get paid.");
        assertTrue(targets(p).isEmpty(), p.toString());
    }

    @Test
    void aRecipientInsideTheThingGivenOrWithheldIsTheTarget() throws Exception {
        EventRecord aid = only("The government provided an additional $2 million in assistance to Fiji in response to the cyclone.");
        assertEquals(List.of("Fiji"), targets(aid));
        EventRecord refused = events("The parliament refuses to lift the sanctions on Belarus.").get(0);
        assertEquals("REJECT", refused.type());
        assertEquals(List.of("Belarus"), targets(refused));
        EventRecord appeal = events("A UN expert has called for sanctions against Myanmar's military companies.").get(0);
        assertTrue(targets(appeal).get(0).contains("companies"), appeal.toString());
        // "for" and "in" inside the thing name a purpose or place, not whom, and a thing is no recipient: the thing
        // stays the target
        EventRecord reduced = only("France reduced its aid for schools in the region.");
        assertEquals(List.of("its aid for schools in the region"), targets(reduced));
        EventRecord imposed = only("The Taliban also imposed restrictions on printing books.");
        assertEquals(List.of("restrictions on printing books"), targets(imposed));
    }

    @Test
    void aSupportVerbsIndirectObjectAndAnAttacksAgainstPhraseAreTargets() throws Exception {
        EventRecord warning = only("Obama gave Russian President Vladimir Putin a stern and personal warning to stop.");
        assertEquals("THREATEN", warning.type());
        assertEquals(List.of("Russian President Vladimir Putin"), targets(warning));
        EventRecord attack = only("The rebels launched a missile attack against a military base.");
        assertEquals(List.of("a military base"), targets(attack));
        // without an indirect object the warning has no target; an appeal for sanctions against X is no sanction
        assertTrue(events("The minister gave a stern warning.").stream().allMatch(e -> e.target().isEmpty()));
        assertTrue(events("A UN expert has called for sanctions against Myanmar's military companies.").stream()
                .noneMatch(e -> e.type().equals("SANCTION")));
    }

    // session 11: CAMEO verb classes filled in (synonyms, derived nouns, the with-alternation, hostages)

    @Test
    void cameoSynonymsAndDerivedNounsAreCoded() throws Exception {
        EventRecord decried = only("The foreign ministry decried the raid.");
        assertEquals("ACCUSE", decried.type());
        assertEquals("111", decried.cameo());
        EventRecord ratified = only("Parliament ratified the treaty on Tuesday.");
        assertEquals("AGREE", ratified.type());
        EventRecord reneged = events("Trump reneged on the nuclear accord with Iran.").stream()
                .filter(x -> x.trigger().text().equals("reneged")).findFirst().orElseThrow();
        assertEquals("REJECT", reneged.type());
        EventRecord abduction = only("Boko Haram's abduction of 276 schoolgirls shocked the world.");
        assertEquals("ASSAULT", abduction.type());
        assertEquals("181", abduction.cameo());
        assertEquals("ASSAULT", only("Soldiers slaughtered dozens of villagers.").type());
        // the same words in other senses stay no event
        assertTrue(events("Farmers slaughter cattle in the autumn.").isEmpty());
        assertTrue(events("The bank acted in accord with the rules.").isEmpty());
    }

    @Test
    void theWithAlternationMakesTheObjectTheRecipient() throws Exception {
        EventRecord supplied = only("The United States supplied the rebels with weapons.");
        assertEquals("AID", supplied.type());
        assertEquals(List.of("rebels"), targets(supplied));
        // supplying a thing the row does not list is no aid
        assertTrue(events("The company supplied the farmers with seeds.").isEmpty());
    }

    @Test
    void takingOrHoldingPeopleHostageIsAnAbduction() throws Exception {
        EventRecord taken = only("Militants took 20 workers hostage.");
        assertEquals("ASSAULT", taken.type());
        assertEquals("181", taken.cameo());
        assertEquals("held", only("Rebels held the journalists hostage for a month.").trigger().text());
        // taking or holding something else is no event
        assertTrue(events("Militants took the workers home.").isEmpty());
        assertTrue(events("The rebels held a meeting in the town hall.").stream().noneMatch(x -> x.type().equals("ASSAULT")));
    }

    @Test
    void aReducedPassiveParsedAsAClauseTakesItsByPhraseAsSource() throws Exception {
        EventRecord arrested = events("Civilians arrested by the police were released.").stream()
                .filter(x -> x.type().equals("COERCE")).findFirst().orElseThrow();
        assertEquals(List.of("police"), arrested.sourceMentions().stream().map(m -> m.text()).toList());
        assertEquals(List.of("Civilians"), targets(arrested));
        // a by-phrase before the verb is a means, one after an intransitive verb a place: both stay active
        EventRecord helped = events("By assisting newcomers, the established Chinese Americans helped fuel growth.").stream()
                .filter(x -> x.trigger().text().equals("helped")).findFirst().orElseThrow();
        assertEquals(List.of("Americans"), helped.sourceMentions().stream().map(m -> m.text()).toList());
        EventRecord fought = only("The rebels fought by the river.");
        assertEquals(List.of("rebels"), fought.sourceMentions().stream().map(m -> m.text()).toList());
    }

    private static List<String> targets(EventRecord e) {
        return e.targetMentions().stream().map(m -> m.text()).toList();
    }

    private static int sentenceClass(String text) throws Exception {
        return QuadClass.ofSentence(RULES.analyze(new Document("t", text, "en", null, null, null, "t")));
    }

    @Test
    void aSubjectConstraintSeesTheControllerOfAnAspectualVerb() throws Exception {
        EventRecord left = events("American troops have begun leaving Afghanistan.").stream()
                .filter(e -> e.trigger().text().equals("leaving")).findFirst().orElseThrow();
        assertEquals("RETREAT", left.type());
        assertTrue(events("The tourists have begun leaving Afghanistan.").stream()
                .noneMatch(e -> e.trigger().text().equals("leaving")), "tourists leaving are no withdrawal");
    }

    @Test
    void aCoordinatedCompoundModifierParsedAsAVerbLeavesTheObjectToTheFirstVerb() throws Exception {
        assertTrue(events("The UAE formally lifted the trade and travel restrictions.").stream()
                .anyMatch(e -> e.trigger().text().equals("lifted") && e.type().equals("RETREAT")));
        assertTrue(events("The minister lifted the box and tightened restrictions.").stream()
                .noneMatch(e -> e.trigger().text().equals("lifted")), "an inflected second verb is a verb");
    }

    // session 12

    @Test
    void aTimePhraseWithTheRolesPrepositionIsNoArgument() throws Exception {
        EventRecord reneged = events("US President Donald Trump on Tuesday reneged on an international nuclear accord with Iran.").stream()
                .filter(e -> e.type().equals("REJECT")).findFirst().orElseThrow();
        assertEquals(List.of("an international nuclear accord with Iran"), targets(reneged));
        // the time phrase alone gives no target
        assertTrue(targets(only("The union called on Tuesday for higher wages.")).isEmpty());
    }

    @Test
    void aPronounSubjectOfAReportedClauseIsTheSpeaker() throws Exception {
        EventRecord killed = events("In a statement, the group said it had killed ten soldiers.").stream()
                .filter(e -> e.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertEquals(List.of("the group"), killed.sourceMentions().stream().map(m -> m.text()).toList());
        // a named subject keeps its own source; a pronoun outside the message clause is not the speaker
        EventRecord named = events("The ministry said the rebels had killed ten soldiers.").stream()
                .filter(e -> e.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertEquals(List.of("rebels"), named.sourceMentions().stream().map(m -> m.text()).toList());
        assertTrue(events("The army sent troops after it killed ten rebels, the ministry says.").stream()
                .filter(e -> e.trigger().text().equals("killed"))
                .allMatch(e -> e.sourceMentions().stream().noneMatch(m -> m.text().contains("ministry"))));
    }

    @Test
    void aPlaceInsideTheEventNounAgreedToIsTheLocation() throws Exception {
        EventRecord agreed = only("The Taliban have agreed to a ceasefire in Afghanistan.");
        assertEquals("AGREE", agreed.type());
        assertEquals("Afghanistan", agreed.location().text());
        // a place inside a to-phrase that is no event noun is not where the agreement applies
        EventRecord plan = only("The Taliban have agreed to a hotel in Afghanistan.");
        assertTrue(plan.location() == null, plan.toString());
    }

    @Test
    void throughoutNamesThePlaceItself() throws Exception {
        EventRecord killed = events("Rebels killed dozens of villagers throughout Central African Republic.").stream()
                .filter(e -> e.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertEquals("Central African Republic", killed.location().text());
        EventRecord during = events("Rebels killed dozens of villagers during the war.").stream()
                .filter(e -> e.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertTrue(during.location() == null, during.toString());
    }

    @Test
    void whatAProtestIsAgainstMayStandOnItsSupportVerbOrInAPurposeClause() throws Exception {
        EventRecord demo = events("Student groups held a protest demonstration at the university against the siege of the city.")
                .stream().filter(e -> e.type().equals("PROTEST")).findFirst().orElseThrow();
        assertEquals(List.of("the siege of the city"), targets(demo));
        EventRecord strike = events("American activists have launched a hunger strike to protest the immigration policy.")
                .stream().filter(e -> e.type().equals("PROTEST")).findFirst().orElseThrow();
        assertEquals(List.of("the immigration policy"), targets(strike));
        // a purpose clause that is no protest, and a phrase of another preposition, name nothing protested
        EventRecord demand = events("American activists have launched a hunger strike to demand better food.")
                .stream().filter(e -> e.type().equals("PROTEST")).findFirst().orElseThrow();
        assertTrue(targets(demand).isEmpty(), demand.toString());
        EventRecord held = events("Student groups held a protest demonstration at the university near the city.")
                .stream().filter(e -> e.type().equals("PROTEST")).findFirst().orElseThrow();
        assertTrue(targets(held).isEmpty(), held.toString());
    }

    // session 13

    @Test
    void anApprovedOrAuthorisedActIsTheApproversAct() throws Exception {
        EventRecord extradition = only("A federal judge approved the extradition of the former president to Panama.");
        assertEquals("COOPERATE", extradition.type());
        assertEquals("063", extradition.cameo());
        assertEquals(List.of("judge"), extradition.sourceMentions().stream().map(m -> m.text()).toList());
        EventRecord strikes = only("The president authorized air strikes on the rebel positions.");
        assertEquals("ASSAULT", strikes.type());
        // approving what is no event noun codes nothing
        assertTrue(events("The committee approved the budget for next year.").isEmpty());
    }

    @Test
    void deployingMonitorsIsPeacekeepingNotMobilisation() throws Exception {
        EventRecord team = only("The Security Council approved the deployment of a monitoring team to Yemen.");
        assertEquals("AID", team.type());
        assertEquals("074", team.cameo());
        EventRecord observers = only("The OSCE deployed observers to Ukraine.");
        assertEquals("AID", observers.type());
        // troops deployed stay a mobilisation
        EventRecord troops = only("Parliament approved the deployment of troops to Mali.");
        assertEquals("MOBILIZE", troops.type());
    }

    @Test
    void jointExercisesAreMilitaryCooperation() throws Exception {
        EventRecord joint = events("Russia and China held joint military exercises in the Sea of Japan.").stream()
                .filter(e -> e.type().equals("COOPERATE")).findFirst().orElseThrow();
        assertEquals("062", joint.cameo());
        assertEquals(List.of("RUS", "CHN"), joint.source());
        // exercises of one side are no cooperation
        assertTrue(events("Russia held military exercises near the border.").stream()
                .noneMatch(e -> e.type().equals("COOPERATE")));
    }

    @Test
    void peacekeepersArrivingAreDeployed() throws Exception {
        EventRecord arrived = only("Some 160 Chinese peacekeepers arrived in South Sudan on Thursday.");
        assertEquals("AID", arrived.type());
        assertEquals("074", arrived.cameo());
        assertEquals(List.of("South Sudan"), targets(arrived));
        assertTrue(events("Some 160 Chinese tourists arrived in South Sudan on Thursday.").isEmpty());
    }

    @Test
    void troopsDeployedAsPeacekeepersProvidePeacekeeping() throws Exception {
        EventRecord mission = only("Pakistan deployed 500 soldiers to Mali as part of the UN peacekeeping mission.");
        assertEquals("AID", mission.type());
        assertEquals("074", mission.cameo());
        EventRecord noun = only("Nigeria announced the deployment of 230 troops to Liberia on a peacekeeping mission.");
        assertEquals("AID", noun.type());
        // peacekeepers named only in when or why the troops went: still a mobilisation
        EventRecord after = events("Pakistan deployed 500 soldiers to Mali after an attack on UN peacekeepers.").stream()
                .filter(e -> e.trigger().text().equals("deployed")).findFirst().orElseThrow();
        assertEquals("MOBILIZE", after.type());
        assertEquals("MOBILIZE", only("Pakistan deployed 500 soldiers to Mali.").type());
    }

    // session 15

    @Test
    void anOfferGoesToItsToPhraseNotTheThingOffered() throws Exception {
        EventRecord to = only("The United States has offered logistical support to French operations.");
        assertEquals(List.of("French operations"), targets(to));
        // without a to-phrase the thing offered stays the target phrase; an infinitive's "to" names no recipient
        assertEquals(List.of("logistical support"), targets(only("The United States has offered logistical support.")));
        assertEquals(List.of("refugees"), targets(only("Canada offered to resettle the refugees.")));
    }

    @Test
    void coordinatedRecipientsAndOwnersAreAllTargets() throws Exception {
        EventRecord ultimatum = only("The Security Council has issued an ultimatum to India and Pakistan.");
        assertEquals(List.of("IND", "PAK"), ultimatum.target());
        EventRecord opened = only("Turkey opened its borders to a large number of Syrians, Iraqis and Afghans.");
        assertEquals(List.of("SYR", "IRQ", "AFG"), opened.target());
        // a conjunct that names no actor adds nothing
        assertEquals(List.of("IND"), only("The Security Council has issued an ultimatum to India and a deadline.").target());
        assertEquals(List.of("SYR"), only("Turkey opened its borders to a large number of Syrians and their goods.").target());
    }

    @Test
    void anOptionWeighedAsAnAdverbialGerundIsConsideredOnly() throws Exception {
        // the parser attaches the gerund as an adverbial clause when a long conditional clause follows
        EventRecord giving = only("The Quebec government is considering giving money directly to regional police services if the"
                + " local politicians in charge of setting budgets for their police agencies cut their funding.");
        assertEquals("014", giving.cameo());
        assertEquals(0, QuadClass.of(giving));
        // a clause of another kind under the considering verb is no option: the money was given
        EventRecord given = only("The government is considering the plan after giving money to the police.");
        assertEquals("070", given.cameo());
    }

    @Test
    void anAccusationParsedIntoTheDeniedClauseIsStillDenied() throws Exception {
        assertTrue(events("The minister rejected accusation she is covering up the report.").stream()
                .noneMatch(e -> e.type().equals("REJECT")));
        // a rejected proposal in the same parse is a rejection
        assertTrue(events("The government rejected proposal it should cut the budget.").stream()
                .anyMatch(e -> e.type().equals("REJECT")));
    }

    @Test
    void leavingAnInternationalOrganisationReducesRelations() throws Exception {
        EventRecord left = only("Burkina Faso, Mali and Niger withdrew from ECOWAS in January.");
        assertEquals("SANCTION", left.type());
        assertEquals("160", left.cameo());
        assertEquals(List.of("org:ecowas"), left.target());
        assertEquals("160", only("The United States announced it was leaving NATO.").cameo());
        // an army withdrawing from a town retreats; a minister leaving a meeting is no event
        assertEquals("087", only("The army withdrew from the town in January.").cameo());
        assertTrue(events("The minister left the meeting early.").isEmpty());
    }

    @Test
    void expertsSentToInvestigateAreTheInvestigation() throws Exception {
        List<EventRecord> e = events("Germany has sent a team to Kenya to investigate the bombing.");
        assertEquals(1, e.size(), e.toString()); // the infinitive is this event, not a second one
        assertEquals("ACCUSE", e.get(0).type());
        assertEquals("090", e.get(0).cameo());
        assertEquals("sent", e.get(0).trigger().text());
        assertEquals(List.of("DEU"), e.get(0).source());
        assertEquals(List.of("Kenya"), targets(e.get(0)));
        // sent for another purpose, or to a body that investigates: still aid
        assertEquals("AID", events("Germany has sent a team to Kenya to help the victims.").stream()
                .filter(x -> x.trigger().text().equals("sent")).findFirst().orElseThrow().type());
        assertEquals("AID", events("Germany has sent a team to the commission investigating the bombing.").stream()
                .filter(x -> x.trigger().text().equals("sent")).findFirst().orElseThrow().type());
    }

    @Test
    void easedSanctionsAndCutTariffsEaseEconomicMeasures() throws Exception {
        EventRecord eased = only("Japan eased sanctions on North Korea.");
        assertEquals("RETREAT", eased.type());
        assertEquals("085", eased.cameo());
        assertEquals(List.of("PRK"), eased.target());
        EventRecord cut = only("Japan and the United States have cut tariffs on farm goods.");
        assertEquals("085", cut.cameo());
        assertEquals(2, QuadClass.of(cut));
        // cut aid is still stopping aid, eased restrictions still a concession
        assertEquals("160", only("Japan cut aid to North Korea.").cameo());
        assertEquals("081", only("Japan eased restrictions on travel.").cameo());
    }

    // session 16

    @Test
    void aRefusedActsOnPhraseOnItsVerbIsTheTarget() throws Exception {
        EventRecord e = events("The parliament refused to remove sanctions on the Iranian regime, blocking the deal.").stream()
                .filter(x -> x.type().equals("REJECT")).findFirst().orElseThrow();
        assertEquals(List.of("the Iranian regime"), e.targetMentions().stream().map(m -> m.text()).toList(), e.toString());
        // a thing on the act's verb is no target
        EventRecord vote = events("The parliament refused to vote on the resolution.").stream()
                .filter(x -> x.type().equals("REJECT")).findFirst().orElseThrow();
        assertTrue(vote.targetMentions().stream().noneMatch(m -> m.text().contains("resolution")), vote.toString());
    }

    // session 17

    /** CAMEO cameo codes of the events of type {@code type} in {@code text}. */
    private static List<String> codes(String text, String type) throws Exception {
        return events(text).stream().filter(e -> e.type().equals(type)).map(EventRecord::cameo).toList();
    }

    @Test
    void aidVerbsOfTheWholeCameoClassAreCoded() throws Exception {
        assertEquals(List.of("071"), codes("The World Bank lent Kenya $500 million.", "AID"));
        assertEquals(List.of("071"), codes("Egypt granted Sudan a loan of $100 million.", "AID"));
        assertEquals(List.of("072"), codes("The United States equipped the Ukrainian army with drones.", "AID"));
        assertEquals(List.of("073"), codes("France evacuated 300 citizens from Lebanon.", "AID"));
        // the same verbs with a thing: no aid
        assertTrue(codes("The minister lent his support to the plan.", "AID").isEmpty());
        assertTrue(codes("Police evacuated the building after a bomb threat.", "AID").isEmpty());
        assertTrue(codes("The new cars were equipped with cameras.", "AID").isEmpty());
        // allocated funds are a commitment (as earmarked), disbursed ones a delivery
        assertEquals(List.of("033"), codes("China has allocated $2 million for relief efforts in Nepal.", "AID"));
        assertEquals(List.of("070"), codes("The bank disbursed $40 million to Ghana.", "AID"));
        assertTrue(codes("The school allocated more time for sports.", "AID").isEmpty());
    }

    @Test
    void repatriatedPersonsAndBritishSpellingsAreCoded() throws Exception {
        assertEquals(List.of("0841"), codes("Ukraine repatriated 100 prisoners of war on Monday.", "RETREAT"));
        assertTrue(codes("The company repatriated its profits.", "RETREAT").isEmpty());
        // repatriating migrants or refugees is a deportation, not a return of captives
        assertTrue(codes("Pakistan repatriated 300 Afghan refugees on Monday.", "RETREAT").isEmpty());
        EventRecord recognised = only("Spain recognised the Palestinian state on Tuesday.");
        assertEquals("054", recognised.cameo());
        assertTrue(events("Spain recognised the problem.").isEmpty());
        // mobilising funds raises aid, mobilising troops stays a mobilisation
        assertEquals(List.of("070"), codes("The European Union is mobilising new funds for Sudan.", "AID"));
        assertEquals(List.of("154"), codes("Russia mobilised 300,000 reservists.", "MOBILIZE"));
        assertTrue(codes("Russia mobilised 300,000 reservists.", "AID").isEmpty());
    }

    // session 22 (VOA news read by hand)

    @Test
    void aPossessiveOfAnArrestWithoutOfPhraseIsWhoIsArrested() throws Exception {
        EventRecord arrest = only("Navalny's arrest drew international condemnation.");
        assertEquals("COERCE", arrest.type());
        assertTrue(arrest.source().isEmpty(), arrest.toString());
        assertEquals("Navalny", arrest.targetMentions().get(0).text());
        EventRecord release = only("Israel's release of prisoners was delayed.");
        assertEquals(List.of("ISR"), release.source()); // with an of-phrase the possessive is the doer
        EventRecord freed = events("Rights groups called for Zamora's immediate release.").stream()
                .filter(x -> x.type().equals("RETREAT")).findFirst().orElseThrow();
        assertTrue(freed.source().isEmpty(), freed.toString());
        assertEquals("Zamora", freed.targetMentions().get(0).text());
        assertTrue(freed.hypothetical(), freed.toString()); // asked for, not done
    }

    @Test
    void anUrgedOrPossibleActIsHypothetical() throws Exception {
        EventRecord accept = events("The G7 urged Russia to accept the ceasefire.").stream()
                .filter(x -> x.type().equals("AGREE")).findFirst().orElseThrow();
        assertTrue(accept.hypothetical(), accept.toString());
        EventRecord urge = events("The G7 urged Russia to accept the ceasefire.").stream()
                .filter(x -> x.type().equals("REQUEST")).findFirst().orElseThrow();
        assertTrue(!urge.hypothetical(), urge.toString());
        assertTrue(only("The administration could impose sanctions on China.").hypothetical());
    }

    @Test
    void questionsShowsOfStrengthTopicsOfTalkAndOwnResolveAreNoEvents() throws Exception {
        assertTrue(events("\"Who is dead?\" she asked.").isEmpty());
        assertTrue(events("The navies held drills to demonstrate their strength.").isEmpty());
        assertTrue(events("The minister was talking about refugees.").isEmpty());
        assertEquals("CONSULT", only("The minister talked with Russian officials on Monday.").type());
        assertTrue(events("\"We must see these attacks as a national emergency,\" the senator said.").stream()
                .noneMatch(x -> x.type().equals("REQUEST")));
    }

    // session 23 (ConfliBERT dev-half targets, VOA news)

    /** The first event of {@code type} in {@code text}. */
    private static EventRecord first(String text, String type) throws Exception {
        return events(text).stream().filter(x -> x.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void aPhraseWordBeforeItsVerbOrOfATimeIsNoPartOfThePhrase() throws Exception {
        assertTrue(codes("Trump on Tuesday called the ambassador a very stupid guy.", "REQUEST").isEmpty());
        assertTrue(codes("The summit ended with what he called a wonderful meeting.", "REQUEST").isEmpty());
        EventRecord call = first("The opposition on Monday called on the government to resign.", "REQUEST");
        assertEquals(List.of("government"), targets(call));
    }

    @Test
    void theRowsPrepositionalTargetOnTheObjectIsTheTarget() throws Exception {
        EventRecord shared = first("Federal investigators shared evidence with India this week against David Headley.",
                "COOPERATE");
        assertEquals(List.of("India"), targets(shared));
        // an of-phrase is the object's own part, not whom the act is done to
        assertTrue(events("The United States will pull out most of its soldiers.").stream()
                .noneMatch(x -> targets(x).contains("its soldiers") || targets(x).contains("soldiers")));
    }

    @Test
    void aPressedPartyIsTheTargetOfPushFor() throws Exception {
        EventRecord pushed = first("The Bush administration has pushed Iraq for a constitution.", "REQUEST");
        assertEquals(List.of("IRQ"), pushed.target());
        EventRecord wages = first("The union pushed for higher wages.", "REQUEST");
        assertTrue(wages.target().isEmpty(), wages.toString());
    }

    @Test
    void pausedActsAndActsDoneInsteadOfAreNegated() throws Exception {
        EventRecord paused = first("Rubio hopes to resolve the pause in aid to Ukraine.", "AID");
        assertTrue(paused.negated(), paused.toString());
        EventRecord sent = first("The United States sent aid to Ukraine after a pause.", "AID");
        assertTrue(!sent.negated(), sent.toString());
        EventRecord instead = first("Instead of calling for sanctions, the minister praised the talks.", "REQUEST");
        assertTrue(instead.negated(), instead.toString());
        EventRecord called = first("The minister called for sanctions instead.", "REQUEST");
        assertTrue(!called.negated(), called.toString());
    }

    // session 24: CAMEO 06-08 verb classes; fought problems; partitive objects; sentence-initial event nouns

    /** The one event of the text, of this type and CAMEO code. */
    private static EventRecord onlyCoded(String text, String type, String cameo) throws Exception {
        EventRecord e = only(text);
        assertEquals(type, e.type(), e.toString());
        assertEquals(cameo, e.cameo(), e.toString());
        return e;
    }

    @Test
    void aStruckDealIsAnAgreementNotAnAttack() throws Exception {
        onlyCoded("The rebels struck a deal with the government in Juba.", "AGREE", "057");
    }

    @Test
    void fightingADiseaseIsNoAttack() throws Exception {
        assertTrue(events("Volunteers are fighting the cholera epidemic in Yemen.").isEmpty());
        assertEquals("ASSAULT", only("The army is fighting the rebels in the north.").type());
    }

    @Test
    void aPartitiveObjectMeetsTheConstraintByItsOfPhrase() throws Exception {
        assertEquals("072", only("Russia supplied 60% of the weapons that Armenia bought.").cameo());
        onlyCoded("Jordan is hosting thousands of Syrian refugees.", "AID", "075");
    }

    @Test
    void aCapitalisedEventNounOpeningTheSentenceIsCoded() throws Exception {
        EventRecord e = only("Cooperation between Kenya and Uganda was strengthened last year.");
        assertEquals("COOPERATE", e.type());
        assertEquals(List.of("KEN", "UGA"), e.source());
    }

    @Test
    void haltingOnesOwnAttacksDeescalatesButNotAnothers() throws Exception {
        onlyCoded("The militia halted its attacks on the city.", "RETREAT", "087");
        List<EventRecord> others = events("Hamas vowed to stop Israel's attacks on Gaza.");
        assertTrue(others.stream().noneMatch(x -> x.type().equals("RETREAT")), others.toString());
        assertTrue(others.stream().anyMatch(x -> x.type().equals("ASSAULT") && x.source().equals(List.of("ISR"))),
                others.toString());
    }

    @Test
    void aidMadeAvailableAndArmsGivenUp() throws Exception {
        assertEquals("AID", only("Germany has made available ambulances and medical supplies to Guinea.").type());
        assertEquals("0873", only("The rebels have given up their arms.").cameo());
    }

    @Test
    void theDoerOfARejectedActIsTheTarget() throws Exception {
        assertEquals(List.of("USA"),
                first("The opposition rejected the peace plan proposed by the United States.", "REJECT").target());
        // without a by-phrase the rejected thing stays the target phrase
        assertEquals(List.of("the peace plan"), first("The opposition rejected the peace plan.", "REJECT")
                .targetMentions().stream().map(m -> m.text()).toList());
    }

    // session 25: by-phrases the parser hangs on a thing or place; governments named by a name (VOA, helper en25)

    @Test
    void aStrandedByPhraseIsTheAgent() throws Exception {
        EventRecord threat = events("Rasmussen said many other democracies have been threatened with economic consequences "
                + "by China for standing up for our values.").stream().filter(x -> x.type().equals("THREATEN"))
                .findFirst().orElseThrow();
        assertEquals(List.of("CHN"), threat.source());
        // an event noun keeps its own by-phrase: the soldiers killed, they did not accuse
        List<EventRecord> accused = events("Ahmed was accused of the killing of a journalist by soldiers.");
        assertTrue(accused.stream().filter(x -> x.type().equals("ACCUSE"))
                .noneMatch(x -> x.source().contains("group:MIL:soldiers")), accused.toString());
    }

    @Test
    void anActiveVerbsByPhraseNamesTheCondemnedDoer() throws Exception {
        EventRecord e = only("The Palestinian government condemned the attack on the embassy by militants.");
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("group:REB:militants"), e.target());
        EventRecord plain = only("The Palestinian government condemned the attack on the embassy.");
        assertTrue(plain.target().isEmpty(), plain.toString());
    }

    @Test
    void aGovernmentNamedByACountryOrPersonIsThatCountrys() throws Exception {
        EventRecord us = only("The US administration criticized Iran.");
        assertEquals(List.of("USA-GOV"), us.source());
        // a person with no known country: a group of its own, not the department named before
        List<EventRecord> bush = events("DHS officials declined to comment. The Bush administration criticized Iran.");
        EventRecord b = bush.stream().filter(x -> x.trigger().text().equals("criticized")).findFirst().orElseThrow();
        assertEquals(List.of("group:bush-administration"), b.source());
        // a bare definite "the administration" still refers back
        List<EventRecord> bare = events("DHS officials declined to comment. The administration criticized Iran.");
        EventRecord a = bare.stream().filter(x -> x.trigger().text().equals("criticized")).findFirst().orElseThrow();
        assertEquals(List.of("org:dhs"), a.source());
    }

    @Test
    void weaponsFiredOrStonesThrownAtSomeoneAreAttacks() throws Exception {
        EventRecord fired = only("Hamas fired rockets at Israel.");
        assertEquals("ASSAULT", fired.type());
        EventRecord threw = only("The protesters threw rocks at police.");
        assertEquals("primitive", threw.mode());
        assertEquals(List.of("group:COP:police"), threw.target());
        // a fired employee is no attack, nor are measures without a punitive adjective
        assertTrue(events("The company fired 200 workers.").isEmpty());
        assertTrue(events("The government took measures against inflation.").isEmpty());
    }

    @Test
    void blameLaidOnSomeoneIsAnAccusation() throws Exception {
        EventRecord placed = only("The government placed blame on the rebel leaders.");
        assertEquals("ACCUSE", placed.type());
        EventRecord finger = only("Ghani pointed a finger at the Taliban.");
        assertEquals(List.of("org:taliban"), finger.target());
        EventRecord punitive = only("China imposed punitive measures against Australia.");
        assertEquals("SANCTION", punitive.type());
    }

    // session 27: relative pronouns as event roles; country adjectives before a modified sector noun (VOA, helper en27)

    @Test
    void aRelativePronounStandsForTheNounItsClauseModifies() throws Exception {
        EventRecord e = events("Police said they killed six militants who attacked a hotel in the town.").stream()
                .filter(x -> x.trigger().text().equals("attacked")).findFirst().orElseThrow();
        assertEquals(List.of("group:REB:militants"), e.source());
        EventRecord named = events("Evans Revere, a former official who had negotiated with North Korea, spoke.").stream()
                .filter(x -> x.trigger().text().equals("negotiated")).findFirst().orElseThrow();
        assertEquals(List.of("person:evans-revere"), named.source());
        // a "that" that opens a complement clause stands for nothing
        EventRecord that = events("The minister said that the rebels attacked a hotel.").stream()
                .filter(x -> x.trigger().text().equals("attacked")).findFirst().orElseThrow();
        assertEquals(List.of("group:REB:rebels"), that.source());
    }

    @Test
    void aCountryAdjectiveBeforeAModifiedSectorNounNamesThatCountrysGroup() throws Exception {
        EventRecord e = only("Israeli security forces arrested ten protesters.");
        assertEquals(List.of("ISR-MIL"), e.source());
        assertEquals("Israeli security forces", e.sourceMentions().get(0).text());
        // a sector noun between the adjective and the noun keeps its own reading
        EventRecord gov = only("Syrian government troops shelled the town.");
        assertTrue(!gov.source().contains("SYR-MIL"), gov.toString());
    }

    @Test
    void aNameCompoundIsTheDoerOnlyWhenTheNounHasItsTarget() throws Exception {
        EventRecord us = only("The economy suffered under U.S. sanctions on Turkey.");
        assertEquals(List.of("USA"), us.source());
        assertEquals(List.of("TUR"), us.target());
        // without a target the name may be who is hit: no event without an actor
        assertTrue(events("Iran sanctions hurt the economy.").isEmpty());
    }

    @Test
    void whatSomeoneShouldDoIsHypothetical() throws Exception {
        EventRecord e = only("The senator said the government should impose sanctions on Iran.");
        assertTrue(e.hypothetical(), e.toString());
        assertTrue(!only("The government imposed sanctions on Iran.").hypothetical());
    }

    // session 28: CAMEO verb classes the rules lacked (VOA, helper en28)

    @Test
    void weaponsTestsAreAShowOfForce() throws Exception {
        EventRecord verb = only("North Korea tested two ballistic missiles on Sunday.");
        assertEquals("MOBILIZE", verb.type());
        assertEquals(List.of("PRK"), verb.source());
        EventRecord noun = only("North Korea conducted a nuclear test on Friday.");
        assertEquals("MOBILIZE", noun.type());
        assertEquals(List.of("PRK"), noun.source());
        // other tests are no event
        assertTrue(events("The students failed the test on Friday.").isEmpty());
    }

    @Test
    void entryBansAndTerroristLabels() throws Exception {
        EventRecord bar = only("The United States has barred three Albanian officials from entering the country.");
        assertEquals("SANCTION", bar.type());
        assertEquals(List.of("USA"), bar.source());
        EventRecord label = only("Turkey has designated the YPG as terrorists.");
        assertEquals("ACCUSE", label.type());
        assertEquals(List.of("TUR"), label.source());
        // barred from something else, designated for something else: no event
        assertTrue(events("The court barred the company from selling the drug.").isEmpty());
        assertTrue(events("The government designated the forest as a national park.").isEmpty());
    }

    @Test
    void speakingByPhoneOrWithACounterpartIsAConsultation() throws Exception {
        EventRecord phone = only("Jake Sullivan spoke by phone Sunday with Israeli counterpart Meir Ben-Shabbat.");
        assertEquals("CONSULT", phone.type());
        assertEquals("041", phone.cameo());
        EventRecord counterpart = only("Steve Witkoff spoke with his Russian counterpart on Thursday.");
        assertEquals("CONSULT", counterpart.type());
        // an interview is no consultation
        assertTrue(events("A student spoke with VOA on condition of anonymity.").isEmpty());
    }

    @Test
    void speakingUpForOrOutAgainstBullyingAndWarnedConsequences() throws Exception {
        EventRecord up = only("Many people spoke up for Taiwan.");
        assertEquals("SUPPORT", up.type());
        assertEquals(List.of("TWN"), up.target());
        assertEquals("ACCUSE", only("Opposition lawmakers have spoken out against the decision.").type());
        EventRecord bully = only("China bullies Taiwan.");
        assertEquals("THREATEN", bully.type());
        assertEquals(List.of("CHN"), bully.source());
        assertEquals("THREATEN", only("Turkey is warning Washington of severe consequences.").type());
        // a warning that something is so stays a statement
        assertTrue(events("Turkey warned Washington that prices would rise.").isEmpty());
    }

    @Test
    void backingWithAnActorAsPossessor() throws Exception {
        EventRecord e = only("Ankara's backing of the Muslim Brotherhood was central to its goal.");
        assertEquals("SUPPORT", e.type());
        // "the backing of India": India is the backer, not the backed
        assertTrue(events("The proposed deal also has the backing of India.").isEmpty());
    }

    @Test
    void oustedRulersAndDissolvedParties() throws Exception {
        EventRecord party = only("Sudan's council dissolved the party of former President Omar al-Bashir.");
        assertEquals("COERCE", party.type());
        assertEquals("1722", party.cameo());
        EventRecord ousted = only("Assad was ousted in December 2024.");
        assertEquals("COERCE", ousted.type());
        assertEquals(List.of("person:assad"), ousted.target());
        // parliaments dissolved before elections, teams ousted from tournaments: no event
        assertTrue(events("The king dissolved parliament ahead of the elections.").isEmpty());
        assertTrue(events("The team was ousted from the tournament.").isEmpty());
    }

    @Test
    void whatAGroupAimsOrSeeksToDoIsToCome() throws Exception {
        EventRecord aim = only("Al-Shabab operates in Somalia, aiming to topple the government.");
        assertEquals("COERCE", aim.type());
        assertTrue(aim.future(), aim.toString());
        EventRecord seek = only("The rebels are seeking to overthrow the government.");
        assertTrue(seek.future(), seek.toString());
    }

    // session 30

    @Test
    void whoClaimsAnAttackCarriedItOut() throws Exception {
        EventRecord full = only("The Islamic State group claimed responsibility for the attack on a police station.");
        assertEquals("ASSAULT", full.type());
        assertEquals(List.of("org:islamic-state"), full.source());
        assertEquals(List.of("org:al-shabab"), only("Al-Shabab claimed the bombing.").source());
        assertEquals(List.of("org:islamic-state"), only("Past attacks were claimed by Islamic State.").source());
        // who claims something about an attack did not carry it out
        EventRecord about = events("The police claimed the attack on the station was staged.").stream()
                .filter(x -> x.type().equals("ASSAULT")).findFirst().orElse(null);
        assertTrue(about == null || about.source().isEmpty(), String.valueOf(about));
        assertTrue(events("Russia claimed the attack was carried out by Ukrainian forces.").stream()
                .noneMatch(x -> x.source().contains("RUS")));
    }

    @Test
    void anInfinitiveWithItsOwnSubjectBelowASayingVerbIsNotTheSpeakers() throws Exception {
        EventRecord e = events("Mahmoud says the decision to dissolve the National Congress Party is a strategic decision.")
                .stream().filter(x -> x.type().equals("COERCE")).findFirst().orElseThrow();
        assertTrue(e.source().isEmpty() && e.sourceMentions().isEmpty(), e.toString());
        // a promise is the speaker's own act
        assertEquals(List.of("RUS"), events("Russia vowed to retaliate against Ukraine.").get(0).source());
    }

    @Test
    void oneFormDemonymsNameTheirPeople() throws Exception {
        EventRecord e = only("The Chinese protested the decision.");
        assertEquals("PROTEST", e.type());
        assertEquals(List.of("CHN"), e.source());
        // "a Sudanese" is one person, not Sudan
        assertTrue(events("A Sudanese was arrested by police.").stream().noneMatch(x -> x.target().contains("SDN")));
    }

    @Test
    void tensOfThousandsOfPeopleAreTheActor() throws Exception {
        EventRecord e = only("Tens of thousands of Sudanese protested in Khartoum on Monday.");
        assertEquals("PROTEST", e.type());
        assertEquals(List.of("SDN"), e.source());
        assertEquals(List.of("LBN"), only("Hundreds of Lebanese marched against the government.").source());
    }

    @Test
    void anAmountOfAidHasAGiverAndARecipient() throws Exception {
        EventRecord pledged = events("Japan pledged 10 million euros in humanitarian aid for Sudan.").stream()
                .filter(x -> x.type().equals("AID")).findFirst().orElseThrow();
        assertEquals(List.of("JPN"), pledged.source());
        assertEquals(List.of("SDN"), pledged.target());
        EventRecord provided = only("The United States provided 20 million dollars in aid to Yemen.");
        assertEquals(List.of("USA"), provided.source());
        assertEquals(List.of("YEM"), provided.target());
        EventRecord euros = only("Ireland has provided 3 million euros to Lebanon this year.");
        assertEquals("AID", euros.type());
        assertEquals(List.of("LBN"), euros.target());
        // who receives an amount gives nothing
        assertTrue(events("Ukraine received $50 million in aid from Germany.").stream()
                .noneMatch(x -> x.source().contains("UKR")));
    }

    // session 31

    private static List<String> targetTexts(EventRecord e) {
        return e.targetMentions().stream().map(m -> m.text()).toList();
    }

    @Test
    void aTransferWithoutRecipientIsDirectedAtItsPlaceNotAtTheThing() throws Exception {
        EventRecord given = events("Germany gave 40 million euros to promote economic development in Ethiopia.").stream()
                .filter(x -> x.type().equals("AID")).findFirst().orElseThrow();
        assertEquals(List.of("Ethiopia"), targetTexts(given));
        EventRecord laid = events("The rebels will lay down their arms in Colombia.").stream()
                .filter(x -> x.type().equals("RETREAT")).findFirst().orElseThrow();
        assertEquals(List.of("Colombia"), targetTexts(laid));
        EventRecord passive = only("An ancient statue was returned to the government of Egypt by customs officials.");
        assertTrue(targetTexts(passive).get(0).contains("Egypt"), passive.toString());
        // without a place the thing stays the phrase
        assertEquals(List.of("additional funds"), targetTexts(only("The European Union is mobilising additional funds.")));
    }

    @Test
    void materialCooperationWithEverydayGoods() throws Exception {
        EventRecord doses = only("China delivered 500,000 vaccine doses to Cambodia.");
        assertEquals("AID", doses.type());
        assertEquals(List.of("KHM"), doses.target());
        assertEquals("AID", only("France contributed 300 peacekeepers to the mission.").type());
        EventRecord swap = only("Russia and Ukraine exchanged prisoners on Saturday.");
        assertEquals("RETREAT", swap.type());
        assertEquals("084", swap.cameo());
        assertEquals("AID", only("Turkey sheltered thousands of Syrian refugees last year.").type());
        assertEquals("RETREAT", only("The army pulled back its troops from the border.").type());
        assertEquals("084", only("The king granted a pardon to 500 prisoners.").cameo());
        // goods that are no aid, places that shelter nothing
        assertTrue(events("The students exchanged gifts on Saturday.").isEmpty());
    }

    @Test
    void sharpCriticismAndPropertyViolence() throws Exception {
        assertEquals("ACCUSE", only("China lashed out at the United States over its arms sales.").type());
        assertEquals("ACCUSE", only("The opposition blasted the government for its handling of the crisis.").type());
        assertTrue(events("The explosion blasted a hole in the wall.").isEmpty());
        assertEquals("1712", only("Protesters torched a police station in Lagos.").cameo());
        assertEquals("1711", only("Soldiers looted shops in the capital.").cameo());
        EventRecord crack = only("Police cracked down on protesters in Minsk.");
        assertEquals("175", crack.cameo());
        assertEquals(List.of("group:CVL:protesters"), crack.target());
    }

    // session 32

    @Test
    void imposingACurfewOrAStateOfEmergencyIsCoercion() throws Exception {
        EventRecord curfew = only("Indian authorities have imposed a curfew in parts of Kashmir.");
        assertEquals("COERCE", curfew.type());
        assertEquals("1723", curfew.cameo());
        assertEquals(List.of("IND-GOV"), curfew.source());
        assertEquals(List.of("parts of Kashmir"), targetTexts(curfew));
        assertEquals("1724", only("The government imposed a state of emergency in the province.").cameo());
        // sanctions stay sanctions
        assertEquals("SANCTION", only("The European Union imposed sanctions on Belarus.").type());
    }

    @Test
    void aPluralOfASetPhraseNounIsAPlace() throws Exception {
        // "in part" is a set phrase, "in northern parts of South Sudan" names where the lifted emergency applied
        EventRecord lifted = only("President Salva Kiir has lifted a state of emergency in northern parts of South Sudan.");
        assertEquals("RETREAT", lifted.type());
        assertTrue(targetTexts(lifted).stream().anyMatch(t -> t.contains("South Sudan")), lifted.toString());
    }

    @Test
    void warplanesOfACountryAndCriminalGroupsAreActors() throws Exception {
        EventRecord jets = only("Israeli jets struck targets in Gaza on Tuesday.");
        assertEquals("ASSAULT", jets.type());
        assertEquals(List.of("ISR-MIL"), jets.source());
        assertEquals(List.of("RUS-MIL"), only("Russian warplanes bombed a hospital in Idlib.").source());
        EventRecord pirates = only("Pirates hijacked a tanker off the coast of Somalia.");
        assertEquals(List.of("group:CRM:pirates"), pirates.source());
        // jets without a country adjective are no military
        Analysis a = RULES.analyze(new Document("t", "Boeing delivered 30 passenger jets to the airline.", "en", null, null, null, "t"));
        assertTrue(a.actors().stream().noneMatch(x -> x.id().contains("MIL")), a.actors().toString());
    }

    @Test
    void aRefusedOrAgreedLiftingIsDirectedAtWhatTheBanIsOn() throws Exception {
        EventRecord refused = events("Pakistan refuses to remove the ban on Indian television channels.").stream()
                .filter(x -> x.type().equals("REJECT")).findFirst().orElseThrow();
        assertEquals(List.of("Indian television channels"), targetTexts(refused));
        EventRecord agreed = events("China has agreed to lift a ban on imports of British beef.").stream()
                .filter(x -> x.type().equals("AGREE")).findFirst().orElseThrow();
        assertEquals(List.of("imports of British beef"), targetTexts(agreed));
        // a thing that is no restriction keeps no on-phrase ("the report on the economy")
        EventRecord report = events("The minister refused to release the report on the economy.").stream()
                .filter(x -> x.type().equals("REJECT")).findFirst().orElse(null);
        assertTrue(report == null || !targetTexts(report).contains("the economy"), String.valueOf(report));
    }

    // session 33

    @Test
    void aDeportationIsDirectedAtThePeopleDeportedNotTheirDestination() throws Exception {
        EventRecord e = only("Guatemalan authorities have deported 2,374 migrants to Honduras.");
        assertEquals("COERCE", e.type());
        assertEquals("174", e.cameo());
        assertEquals(List.of("migrants"), targetTexts(e));
        assertEquals(List.of("group:CVL:migrants"), e.target());
    }

    @Test
    void aSanctionNounTakesItsAgainstPhraseAsTarget() throws Exception {
        EventRecord e = only("Sweeping new economic sanctions against Turkey are currently in Congress awaiting ratification.");
        assertEquals("SANCTION", e.type());
        assertEquals(List.of("TUR"), e.target());
        assertEquals(List.of("RUS"), only("The EU imposed an embargo on Russia.").target()); // the on-phrase as before
    }

    @Test
    void whoJoinsAnEventTakesPartInIt() throws Exception {
        EventRecord talks = only("On Thursday, the South Korean president will join U.S. President Donald Trump and Japanese "
                + "Prime Minister Shinzo Abe for three-way talks over dinner.");
        assertEquals("CONSULT", talks.type());
        assertEquals(List.of("president"), talks.sourceMentions().stream().map(m -> m.text()).toList());
        EventRecord mission = only("Several countries joined the peacekeeping mission in Mali.");
        assertEquals("AID", mission.type());
        assertEquals(List.of("Several countries"), mission.sourceMentions().stream().map(m -> m.text()).toList());
        // joining an organisation is no event
        assertTrue(events("She joined the company in 2010.").isEmpty());
    }

    // session 34

    @Test
    void aDefiniteEventNounReMentionsAnEventOfItsTypeWithoutActors() throws Exception {
        List<EventRecord> e = events("Gunmen attacked a hotel in Mogadishu on Tuesday, killing five people. "
                + "Witnesses said the attack lasted several hours.");
        assertTrue(e.stream().anyMatch(x -> x.type().equals("ASSAULT") && x.trigger().text().equals("attack")),
                e.toString());
        // not without an event of that type before it, nor a threat (a danger as often as a threat made)
        List<EventRecord> first = events("Witnesses said the attack lasted several hours.");
        assertTrue(first.stream().noneMatch(x -> x.trigger().text().equals("attack")), first.toString());
        List<EventRecord> threat = events("Iran threatened to close the strait. Investors were unmoved by the threat.");
        assertTrue(threat.stream().noneMatch(x -> x.trigger().text().equals("threat")), threat.toString());
    }

    @Test
    void eventsCountedByASeriesOrWaveTakeTheSubjectOfItsVerb() throws Exception {
        EventRecord wave = only("The rebels launched a wave of attacks on government positions.");
        assertEquals("ASSAULT", wave.type());
        assertEquals(List.of("group:REB:rebels"), wave.source());
        EventRecord series = only("Pyongyang issued a series of warnings.");
        assertEquals("THREATEN", series.type());
        assertEquals(List.of("PRK-GOV"), series.source());
    }

    @Test
    void troopsWithdrawnAreTheSourceAndADefiniteWithdrawalNounReMentionsIt() throws Exception {
        List<EventRecord> e = events("The Taliban praised the withdrawal of U.S. troops from Afghanistan. "
                + "The Taliban have intensified attacks since the foreign troop withdrawal started. "
                + "Commanders say the troop drawdown has gone smoothly.");
        List<EventRecord> retreats = e.stream().filter(x -> x.type().equals("RETREAT")).toList();
        assertEquals(List.of("withdrawal", "withdrawal", "drawdown"),
                retreats.stream().map(x -> x.trigger().text()).toList(), e.toString());
        assertEquals("troops", retreats.get(0).sourceMentions().get(0).text(), retreats.get(0).toString());
        // who moves the forces acts when named
        List<EventRecord> by = events("The Taliban leader welcomed the withdrawal of forces by America.");
        assertTrue(by.stream().anyMatch(x -> x.type().equals("RETREAT") && x.source().equals(List.of("USA"))),
                by.toString());
        // a withdrawal noun without a withdrawal coded before it is no event without actors
        List<EventRecord> first = events("The Taliban have intensified attacks since the foreign troop withdrawal started.");
        assertTrue(first.stream().noneMatch(x -> x.type().equals("RETREAT")), first.toString());
    }

    @Test
    void theByAgentAndOnPhraseOfAParticipleOfDoingAnEventNounAreItsSourceAndTarget() throws Exception {
        EventRecord imposed = only("The sanctions imposed by the European Union on Russia were extended.");
        assertEquals(List.of("EU"), imposed.source(), imposed.toString());
        assertEquals(List.of("RUS"), imposed.target(), imposed.toString());
        List<EventRecord> lifted = events("The administration has lifted sanctions imposed on China last year.");
        assertTrue(lifted.stream().anyMatch(x -> x.type().equals("RETREAT") && x.target().equals(List.of("CHN"))),
                lifted.toString());
        // not a participle of another verb: its agent did not do what the noun names
        List<EventRecord> criticised = events("Sanctions criticised by China remain in force.");
        assertTrue(criticised.stream().noneMatch(x -> x.type().equals("SANCTION") && x.source().equals(List.of("CHN"))),
                criticised.toString());
    }
}
