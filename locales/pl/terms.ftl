# Terminy: niemieckie nazwy urzędów, świadczeń i programów – w jednym miejscu.
# Te same ID co w locales/de/terms.ftl. Rodzic podaje te nazwy w okienku i szuka ich na
# tabliczkach i w pismach, dlatego niemiecka nazwa zostaje; wyjaśnienie w nawiasie jest
# jedynym wyjaśnieniem w polskich tekstach. Forma krótka (domyślna): sama nazwa niemiecka,
# bez odmiany. Forma długa: nazwa z wyjaśnieniem, przy pierwszym użyciu na ekranie:
# { -jugendamt(form: "long") }.


## Urzędy i instytucje

-jobcenter = { $form ->
   *[short] Jobcenter
    [long] Jobcenter (urząd pracy i zasiłków)
}
-jugendamt = { $form ->
   *[short] Jugendamt
    [long] Jugendamt (urząd ds. dzieci i młodzieży)
}
-unterhaltsvorschussstelle = { $form ->
   *[short] Unterhaltsvorschussstelle
    [long] Unterhaltsvorschussstelle (biuro zaliczki alimentacyjnej)
}
-familienkasse = { $form ->
   *[short] Familienkasse
    [long] Familienkasse (kasa rodzinna)
}
-wohngeldstelle = { $form ->
   *[short] Wohngeldstelle
    [long] Wohngeldstelle (biuro dodatku mieszkaniowego)
}
-elterngeldstelle = { $form ->
   *[short] Elterngeldstelle
    [long] Elterngeldstelle (biuro zasiłku rodzicielskiego)
}
-standesamt = { $form ->
   *[short] Standesamt
    [long] Standesamt (urząd stanu cywilnego)
}
-amtsgericht = { $form ->
   *[short] Amtsgericht
    [long] Amtsgericht (sąd rejonowy)
}
-sozialamt = { $form ->
   *[short] Sozialamt
    [long] Sozialamt (urząd pomocy społecznej)
}
-finanzamt = { $form ->
   *[short] Finanzamt
    [long] Finanzamt (urząd skarbowy)
}
-krankenkasse = { $form ->
   *[short] Krankenkasse
    [long] Krankenkasse (kasa chorych)
}
-agentur-fuer-arbeit = { $form ->
   *[short] Agentur für Arbeit
    [long] Agentur für Arbeit (agencja pracy)
}
-auslaenderbehoerde = { $form ->
   *[short] Ausländerbehörde
    [long] Ausländerbehörde (urząd ds. cudzoziemców)
}
-buergeramt = { $form ->
   *[short] Bürgeramt
    [long] Bürgeramt (urząd meldunkowy)
}
-bamf = { $form ->
   *[short] BAMF
    [long] Bundesamt für Migration und Flüchtlinge (BAMF; Federalny Urząd ds. Migracji i Uchodźców)
}
-vhs = { $form ->
   *[short] VHS
    [long] Volkshochschule (VHS; kursy dla dorosłych)
}
-bca = { $form ->
   *[short] BCA
    [long] BCA (pełnomocniczka ds. równych szans na rynku pracy)
}
-mbe = { $form ->
   *[short] MBE
    [long] MBE (poradnictwo dla dorosłych migrantów)
}
-jmd = { $form ->
   *[short] JMD
    [long] JMD (poradnictwo dla młodych migrantów)
}
-iq-netzwerk = { $form ->
   *[short] IQ Netzwerk
    [long] IQ Netzwerk (doradztwo w sprawie uznania dyplomów)
}
-anerkennungs-finder = { $form ->
   *[short] Anerkennungs-Finder
    [long] Anerkennungs-Finder (wyszukiwarka: kto uznaje dyplom)
}
-hilfetelefon = { $form ->
   *[short] Hilfetelefon Gewalt gegen Frauen
    [long] Hilfetelefon Gewalt gegen Frauen (telefon zaufania dla kobiet doświadczających przemocy)
}
-elterntelefon = { $form ->
   *[short] Elterntelefon
    [long] Elterntelefon (telefon zaufania dla rodziców)
}

## Świadczenia

-kindergeld = { $form ->
   *[short] Kindergeld
    [long] Kindergeld (zasiłek na dziecko)
}
-kinderzuschlag = { $form ->
   *[short] Kinderzuschlag
    [long] Kinderzuschlag (KiZ; dodatek na dziecko)
}
-unterhaltsvorschuss = { $form ->
   *[short] Unterhaltsvorschuss
    [long] Unterhaltsvorschuss (zaliczka alimentacyjna)
}
-buergergeld = { $form ->
   *[short] Bürgergeld
    [long] Bürgergeld (zasiłek podstawowy)
}
-neue-grundsicherung = { $form ->
   *[short] Neue Grundsicherung
    [long] Neue Grundsicherung (reforma zasiłku podstawowego)
}
-grundsicherungsgeld = { $form ->
   *[short] Grundsicherungsgeld
    [long] Grundsicherungsgeld (nowy zasiłek podstawowy)
}
-sozialhilfe = { $form ->
   *[short] Sozialhilfe
    [long] Sozialhilfe (pomoc społeczna)
}
-mehrbedarf = { $form ->
   *[short] Mehrbedarf für Alleinerziehende
    [long] Mehrbedarf für Alleinerziehende (dodatek dla samotnych rodziców)
}
-wohngeld = { $form ->
   *[short] Wohngeld
    [long] Wohngeld (dodatek mieszkaniowy)
}
-elterngeld = { $form ->
   *[short] Elterngeld
    [long] Elterngeld (zasiłek rodzicielski)
}
-elterngeld-plus = { $form ->
   *[short] ElterngeldPlus
    [long] ElterngeldPlus (niższy zasiłek rodzicielski, wypłacany dłużej)
}
-bildung-und-teilhabe = { $form ->
   *[short] Bildung und Teilhabe
    [long] Bildung und Teilhabe (BuT; pieniądze na szkołę i zajęcia)
}
-asylbewerberleistungen = { $form ->
   *[short] Asylbewerberleistungen
    [long] Asylbewerberleistungen (AsylbLG; świadczenia dla osób ubiegających się o azyl)
}
-beratungshilfe = { $form ->
   *[short] Beratungshilfe
    [long] Beratungshilfe (pomoc w kosztach porady prawnej)
}
-beistandschaft = { $form ->
   *[short] Beistandschaft
    [long] Beistandschaft (pomoc w dochodzeniu alimentów)
}
-haushaltshilfe = { $form ->
   *[short] Haushaltshilfe
    [long] Haushaltshilfe (pomoc domowa)
}
-kinderkrankengeld = { $form ->
   *[short] Kinderkrankengeld
    [long] Kinderkrankengeld (zasiłek na chore dziecko)
}
-steuerklasse-2 = { $form ->
   *[short] Steuerklasse II
    [long] Steuerklasse II (klasa podatkowa II)
}
-entlastungsbetrag = { $form ->
   *[short] Entlastungsbetrag
    [long] Entlastungsbetrag (kwota wolna od podatku)
}
-einstiegsgeld = { $form ->
   *[short] Einstiegsgeld
    [long] Einstiegsgeld (dodatek na start w pracy)
}
-mutterschutz = { $form ->
   *[short] Mutterschutz
    [long] Mutterschutz (ochrona macierzyństwa)
}
-mutterschaftsgeld = { $form ->
   *[short] Mutterschaftsgeld
    [long] Mutterschaftsgeld (zasiłek macierzyński)
}
-elternzeit = { $form ->
   *[short] Elternzeit
    [long] Elternzeit (urlop rodzicielski)
}

## Opieka nad dziećmi, szkoła, praca

-kita = { $form ->
   *[short] Kita
    [long] Kita (żłobek i przedszkole)
}
-kita-gutschein = { $form ->
   *[short] Kita-Gutschein
    [long] Kita-Gutschein (bon na miejsce w żłobku lub przedszkolu)
}
-kindertagespflege = { $form ->
   *[short] Kindertagespflege
    [long] Kindertagespflege (opiekunka dzienna)
}
-tagesmutter = { $form ->
   *[short] Tagesmutter
    [long] Tagesmutter (opiekunka dzienna)
}
-hort = { $form ->
   *[short] Hort
    [long] Hort (świetlica po szkole)
}
-ganztag = { $form ->
   *[short] Ganztag
    [long] Ganztag (opieka całodzienna w szkole)
}
-ogs = { $form ->
   *[short] OGS
    [long] OGS (Offene Ganztagsschule; opieka całodzienna w szkole podstawowej)
}
-integrationskurs = { $form ->
   *[short] Integrationskurs
    [long] Integrationskurs (kurs integracyjny)
}
-berufssprachkurs = { $form ->
   *[short] Berufssprachkurs
    [long] Berufssprachkurs (kurs niemieckiego do pracy)
}
-bildungsgutschein = { $form ->
   *[short] Bildungsgutschein
    [long] Bildungsgutschein (bon szkoleniowy)
}
-avgs = { $form ->
   *[short] AVGS
    [long] AVGS (bon na coaching)
}
-teilzeitausbildung = { $form ->
   *[short] Teilzeitausbildung
    [long] Teilzeitausbildung (nauka zawodu w niepełnym wymiarze)
}
-umschulung = { $form ->
   *[short] Umschulung
    [long] Umschulung (przekwalifikowanie)
}

## Transport, miejsca, pobyt, dokumenty

-deutschlandticket = { $form ->
   *[short] Deutschlandticket
    [long] Deutschlandticket (bilet na całe Niemcy)
}
-deutschlandticket-sozial = { $form ->
   *[short] Deutschlandticket Sozial
    [long] Deutschlandticket Sozial (tańszy bilet na całe Niemcy)
}
-sozialticket = { $form ->
   *[short] Sozialticket
    [long] Sozialticket (bilet socjalny)
}
-vrr = { $form ->
   *[short] VRR
    [long] VRR (Verkehrsverbund Rhein-Ruhr; komunikacja w regionie)
}
-nrw = { $form ->
   *[short] NRW
    [long] NRW (Nadrenia Północna-Westfalia)
}
-duldung = { $form ->
   *[short] Duldung
    [long] Duldung (pobyt tolerowany)
}
-aufenthaltstitel = { $form ->
   *[short] Aufenthaltstitel
    [long] Aufenthaltstitel (dokument pobytowy)
}
-steuer-id = { $form ->
   *[short] Steuer-ID
    [long] Steuer-ID (numer identyfikacji podatkowej)
}
-bescheid = { $form ->
   *[short] Bescheid
    [long] Bescheid (decyzja urzędu)
}

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = { $form ->
   *[short] Vaterschaftsanerkennung
    [long] Vaterschaftsanerkennung (uznanie ojcostwa)
}
-sorgeerklaerung = { $form ->
   *[short] Sorgeerklärung
    [long] Sorgeerklärung (oświadczenie o wspólnej władzy rodzicielskiej)
}
-negativbescheinigung = { $form ->
   *[short] Negativbescheinigung
    [long] Negativbescheinigung (zaświadczenie, że władza rodzicielska należy tylko do Pani)
}
-geburtsurkunde = { $form ->
   *[short] Geburtsurkunde
    [long] Geburtsurkunde (akt urodzenia)
}
-familienversicherung = { $form ->
   *[short] Familienversicherung
    [long] Familienversicherung (bezpłatne ubezpieczenie rodzinne)
}
-bas = { $form ->
   *[short] Bundesamt für Soziale Sicherung
    [long] Bundesamt für Soziale Sicherung (BAS, Federalny Urząd Zabezpieczenia Społecznego)
}
-entgeltfortzahlung = { $form ->
   *[short] Entgeltfortzahlung
    [long] Entgeltfortzahlung (wynagrodzenie chorobowe od pracodawcy)
}
-krankengeld = { $form ->
   *[short] Krankengeld
    [long] Krankengeld (zasiłek chorobowy)
}
-sozialdienst = { $form ->
   *[short] Sozialdienst
    [long] Sozialdienst (dział socjalny szpitala)
}
-versorgungsamt-dortmund = Gemeinsames Versorgungsamt Dortmund
