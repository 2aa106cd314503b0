# Familie: Geburt und die ersten Monate, Krankheit oder Krankenhaus, krankes Kind.

fam-title = Baby und Krankheit
fam-start =
    👶 Baby oder Krankheit: Worum geht es?
fam-opt-baby = 👶 Baby kommt / ist da
fam-opt-ill = 🏥 Ich bin krank / ins Krankenhaus
fam-opt-child-ill = 🤒 Mein Kind ist krank
fam-ask-postcode =
    📮 Ihre Postleitzahl? Dann nenne ich Ihnen die Ämter in Ihrer Nähe.

## Geburt

birth-when = 👶 Wann kommt oder kam Ihr Baby? Die Fristen zählen ab dem Monat der Geburt.
birth-opt-expected = 🤰 Es kommt bald
birth-opt-this-month = Geboren in diesem Monat
birth-opt-last-month = Geboren im letzten Monat
birth-opt-2-3 = Vor 2 bis 3 Monaten
birth-opt-earlier = Vor mehr als 3 Monaten
birth-job = 💼 Hatten Sie vor der Geburt eine Arbeitsstelle (angestellt)?
birth-opt-job-yes = Ja, angestellt
birth-opt-job-no = Nein
birth-insured = 🩺 Wie sind Sie krankenversichert?
birth-opt-member = Selbst Mitglied einer Krankenkasse
birth-opt-other-insured = Privat oder familienversichert
birth-parents = 👨‍👩‍👧 Sind Sie mit dem Vater des Babys verheiratet?
birth-opt-unmarried = Nicht verheiratet
birth-opt-no-father = Vater unbekannt / will nicht
birth-opt-married = Verheiratet (auch getrennt)
birth-opt-kita = 🧸 Kita-Platz: wann und wie

birth-result =
    👶 Was Sie rund um die Geburt tun – wo:
    ⏰ Geburt in { $birth_register_days } Tagen anmelden. { -unterhaltsvorschuss } im Geburtsmonat beantragen, { -elterngeld } in den ersten { $elterngeld_backpay_months } Monaten.

birth-benefit-register = Geburt anmelden
birth-benefit-insurance = Krankenversicherung fürs Baby
birth-benefit-mg = { -mutterschaftsgeld }
birth-benefit-elternzeit = { -mutterschutz } und { -elternzeit }
birth-benefit-paternity = Vaterschaft und Sorgerecht
birth-benefit-kita = { -kita }-Platz nach dem { -elterngeld }

fam-office-standesamt = { -standesamt } am Geburtsort
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } oder { -bas }
fam-office-employer = Arbeitgeber
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } oder { -kita }-Portal
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = Krankenhaus
fam-office-employer-kk = Arbeitgeber, dann { -krankenkasse }

birth-reg-reason = Innerhalb von { $birth_register_days } Tagen beim { -standesamt } des Geburtsorts. Meist meldet das Krankenhaus die Geburt. Sie bekommen { $birth_certificates_free } { -geburtsurkunde }n kostenlos: für { -elterngeld }, { -kindergeld } und { -mutterschaftsgeld }.
birth-ins-reason = Ihr Baby ist über Sie kostenlos mitversichert ({ -familienversicherung }). Sagen Sie es Ihrer { -krankenkasse } gleich nach der Geburt.
birth-ins-reason-other = Kostenlos mitversichert ist ein Kind nur über einen Elternteil in einer gesetzlichen { -krankenkasse }. Fragen Sie vor der Geburt, wie Ihr Baby versichert wird.
birth-mg-reason-nojob = { -mutterschaftsgeld } gibt es für Mütter mit Arbeitsstelle. Unsicher? Fragen Sie Ihre { -krankenkasse }.
birth-mg-reason-member = Bis zu { $mutterschaftsgeld_day } am Tag von der { -krankenkasse }. Der Arbeitgeber zahlt dazu, bis Sie Ihr Netto der letzten 3 Monate haben. { -mutterschutz }: { $mutterschutz_before_weeks } Wochen vor und { $mutterschutz_after_weeks } nach der Geburt. Es wird voll vom { -elterngeld } abgezogen.
birth-mg-reason-other = Einmal bis zu { $mutterschaftsgeld_bas } vom { -bas(form: "long") }. Der Arbeitgeber zahlt trotzdem dazu. Das wird nicht vom { -elterngeld } abgezogen.
birth-ez-reason = { -mutterschutz }: { $mutterschutz_before_weeks } Wochen vor der Geburt (Arbeit nur, wenn Sie wollen), { $mutterschutz_after_weeks } Wochen danach (bei Früh- oder Mehrlingsgeburt { $mutterschutz_after_long_weeks }). { -elternzeit }: bis zu { $elternzeit_years } Jahre. Schriftlich beantragen, { $elternzeit_notice_weeks } Wochen vor dem Start. Soll sie gleich nach dem { -mutterschutz } beginnen, ist die Frist kurz nach der Geburt. Ab dem Antrag sind Sie vor Kündigung geschützt.
birth-eg-reason = In den ersten { $elterngeld_backpay_months } Monaten beantragen: Für die Zeit vor dem Antrag gibt es höchstens { $elterngeld_backpay_months } Monate. Mindestens { $elterngeld_min } im Monat. Allein können Sie alle { $elterngeld_months } Monate nehmen.
birth-eg-reason-hagen = Für Hagen zahlt das { -versorgungsamt-dortmund }. In den ersten { $elterngeld_backpay_months } Monaten beantragen: Für die Zeit vor dem Antrag gibt es höchstens { $elterngeld_backpay_months } Monate. Allein können Sie alle { $elterngeld_months } Monate nehmen.
birth-eg-reason-late = Jetzt beantragen! Für die Zeit vor dem Antrag gibt es höchstens { $elterngeld_backpay_months } Monate. Frühere Monate sind verloren.
birth-kg-reason = { $kindergeld } im Monat für Ihr Baby. Mit der { -geburtsurkunde } beantragen.
birth-pat-reason-married = Nur für Eltern, die nicht verheiratet sind.
birth-pat-reason = { -vaterschaftsanerkennung } und { -sorgeerklaerung }: kostenlos beim { -jugendamt } (beim Notar kostet es). Geht schon vor der Geburt. Sie müssen zustimmen. Ohne { -sorgeerklaerung } haben Sie das Sorgerecht allein.
birth-pat-reason-none = Ohne { -vaterschaftsanerkennung } und { -sorgeerklaerung } haben Sie das Sorgerecht allein. Den Nachweis gibt das { -jugendamt }: die { -negativbescheinigung }.
birth-uvg-reason = { $uvg_0_5 } im Monat, ab dem Geburtsmonat. Stellen Sie den Antrag im Geburtsmonat: Rückwirkend gibt es nur { $uvg_backpay_months } Monat vor dem Antrag. Sie müssen helfen, den Vater zu finden, so gut Sie können.
birth-uvg-reason-maybe = Wenn der Vater keinen oder zu wenig Unterhalt zahlt: { $uvg_0_5 } im Monat ab dem Geburtsmonat. Antrag im Geburtsmonat: Rückwirkend gibt es nur { $uvg_backpay_months } Monat.
birth-kita-reason = { -elterngeld } gibt es bis zu { $elterngeld_months } Monate. Ein Recht auf einen Platz hat Ihr Kind ab { $kita_right_age } Jahr. Melden Sie es früh an, damit die { -kita } beginnt, wenn das { -elterngeld } endet. Wie das bei Ihnen geht: 🧸 unten.

birth-todo-register = { -standesamt }: Geburt in { $birth_register_days } Tagen anmelden (oft macht das das Krankenhaus) – die kostenlosen { -geburtsurkunde }n mitnehmen.
birth-todo-insurance = { -krankenkasse }: Baby gleich nach der Geburt in die { -familienversicherung } aufnehmen lassen – { -geburtsurkunde } mitnehmen.
birth-todo-insurance-other = Wenn Sie nicht selbst in einer gesetzlichen { -krankenkasse } sind: vor der Geburt fragen, wie Ihr Baby versichert wird.
birth-todo-mg-member = { -krankenkasse }: { -mutterschaftsgeld } beantragen – Ihr Arbeitgeber zahlt den Zuschuss dazu.
birth-todo-mg-other = { -bas }: { -mutterschaftsgeld } beantragen (einmal bis zu { $mutterschaftsgeld_bas }) – Arbeitgeber zahlt den Zuschuss.
birth-todo-elternzeit = Arbeitgeber: { -elternzeit } schriftlich beantragen – { $elternzeit_notice_weeks } Wochen vor dem Start.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (für Hagen): { -elterngeld } in den ersten { $elterngeld_backpay_months } Monaten beantragen – { -geburtsurkunde }, Lohnabrechnungen.
birth-todo-kindergeld = { -familienkasse }: { -kindergeld } für Ihr Baby beantragen – { -geburtsurkunde } mitnehmen.
birth-todo-paternity = { -jugendamt }: Termin für { -vaterschaftsanerkennung } und { -sorgeerklaerung } machen – kostenlos, auch schon vor der Geburt.
birth-todo-sole-custody = { -jugendamt }: { -negativbescheinigung } holen – der Nachweis, dass Sie das Sorgerecht allein haben.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): { -unterhaltsvorschuss } im Geburtsmonat beantragen – { -geburtsurkunde }, Angaben zum Vater.
birth-todo-uvg-maybe = Wenn der Vater keinen oder zu wenig Unterhalt zahlt: { -unterhaltsvorschuss } im Geburtsmonat beim { -jugendamt } beantragen.

## Krankheit oder Krankenhaus

ill-kind = 🏥 Was ist bei Ihnen?
ill-opt-planned = Krankenhaus oder Reha geplant
ill-opt-sudden = Plötzlich schwer krank
ill-child = 🧒 Lebt bei Ihnen ein Kind unter { $haushaltshilfe_age } oder ein Kind mit Behinderung?
ill-other = 👥 Kann jemand in Ihrem Haushalt Kinder und Haushalt übernehmen?
ill-opt-nobody = Nein, niemand
ill-opt-somebody = Ja
ill-job = 💼 Sind Sie angestellt?

ill-result =
    🏥 Wer Ihnen hilft, wenn Sie krank sind:
    ⏰ { -haushaltshilfe } vor der Aufnahme ins Krankenhaus beantragen.

ill-benefit-haushaltshilfe = { -haushaltshilfe }
ill-benefit-care = Betreuung der Kinder
ill-benefit-social = { -sozialdienst }
ill-benefit-pay = Lohn und { -krankengeld }

ill-hh-reason-age = Nur mit einem Kind unter { $haushaltshilfe_age } oder einem Kind mit Behinderung im Haushalt.
ill-hh-reason-other = Nur wenn niemand in Ihrem Haushalt übernehmen kann.
ill-hh-reason-planned = Vor der Aufnahme beantragen, mit Bescheinigung vom Arzt. Sie zahlen { $hh_copay } % am Tag zu ({ $hh_copay_min } bis { $hh_copay_max }). Helfen kann auch eine Nachbarin oder ein Freund: { $hh_helper_hour } pro Stunde, höchstens { $hh_helper_day } am Tag (Stand { $hh_helper_hour_from }; der Wert für 2026 ist noch nicht bestätigt). Großeltern und Geschwister bekommen nur Kosten wie Fahrgeld.
ill-hh-reason-sudden = Auch ohne Krankenhaus, wenn Sie schwer krank sind: bis zu { $hh_home_weeks } Wochen, mit Kind unter { $haushaltshilfe_age } bis zu { $hh_home_weeks_child }. Sofort beantragen, mit Bescheinigung vom Arzt. Eine Nachbarin oder ein Freund kann bezahlt werden: { $hh_helper_hour } pro Stunde (Stand { $hh_helper_hour_from }; 2026 nicht bestätigt).
ill-care-reason = Wenn die { -krankenkasse } keine oder zu wenig Hilfe zahlt: Das { -jugendamt } kann die Betreuung zu Hause ermöglichen.
ill-social-reason = Fast jedes Krankenhaus hat ihn. Er organisiert Hilfe zu Hause und hilft bei Anträgen. Rufen Sie vor der Aufnahme an.
ill-social-reason-maybe = Wenn Sie ins Krankenhaus müssen: Fragen Sie gleich nach dem { -sozialdienst }. Er hilft bei Hilfe zu Hause und Anträgen.
ill-pay-reason = Ihr Arbeitgeber zahlt { $sick_pay_weeks } Wochen weiter ({ -entgeltfortzahlung }). Danach zahlt die { -krankenkasse } { -krankengeld }: { $krankengeld_gross } % vom Brutto, höchstens { $krankengeld_net } % vom Netto, bis zu { $krankengeld_weeks } Wochen in { $krankengeld_years } Jahren.

ill-todo-hh-planned = { -krankenkasse }: { -haushaltshilfe } vor der Aufnahme beantragen – Bescheinigung vom Arzt; Name der Helferin, wenn jemand aus der Nachbarschaft hilft.
ill-todo-social = Krankenhaus: vor der Aufnahme den { -sozialdienst } anrufen – Hilfe zu Hause und Anträge klären.
ill-todo-social-maybe = Falls Sie ins Krankenhaus müssen: gleich nach dem { -sozialdienst } fragen.
ill-todo-pay = Arbeitgeber: Krankschreibung abgeben. Nach { $sick_pay_weeks } Wochen zahlt die { -krankenkasse } { -krankengeld }.

## Krankes Kind

kid-age = 🤒 Wie alt ist Ihr krankes Kind?
kid-opt-under-12 = Unter { $kkg_age }
kid-opt-hospital = Unter { $kkg_hospital_age }, im Krankenhaus
kid-opt-from-12 = { $kkg_age } oder älter

kid-result =
    🤒 Wenn Sie wegen Ihres kranken Kindes nicht arbeiten:

kid-benefit-kkg = { -kinderkrankengeld }

kid-kkg-reason-age = Nur für Kinder unter { $kkg_age }.
kid-kkg-reason-job = Es ersetzt Lohn: nur wenn Sie angestellt sind.
kid-kkg-reason = Alleinerziehende: { $kkg_days_single } Arbeitstage pro Kind und Jahr, für alle Kinder höchstens { $kkg_days_single_max } (Stand { $kkg_days_single_from }). { $kkg_rate } % vom fehlenden Netto. Sie und Ihr Kind sind gesetzlich versichert; Bescheinigung vom Kinderarzt.
kid-kkg-reason-hospital = Bleiben Sie mit Ihrem Kind unter { $kkg_hospital_age } im Krankenhaus: ohne Grenze, das zählt nicht zu Ihren { $kkg_days_single } Tagen. { $kkg_rate } % vom fehlenden Netto.

kid-todo-kkg-hospital = { -krankenkasse }: { -kinderkrankengeld } für die Zeit im Krankenhaus beantragen – Bescheinigung vom Arzt mitnehmen.
