# الأسماء الألمانية للدوائر والمساعدات والبرامج – في مكان واحد.
# كل اسم: أولًا الاسم الألماني بحروف عربية كما يُلفظ (ليستطيع من لا يقرأ الحروف اللاتينية أن يقوله
# عند الموظف)، ثم الاسم الألماني بين قوسين (كما هو مكتوب على اللافتات والرسائل).
# الشكل الطويل ([long]) فيه أيضًا شرح قصير: استعملوه أول مرة يظهر فيها الاسم في شاشة واحدة:
# { -jugendamt(form: "long") }. بعد ذلك في الشاشة نفسها: { -jugendamt }.
# النصوص لا تكتب هذه الأسماء أبدًا بنفسها، بل تستعمل هذه المصطلحات. الدليل: docs/translation/ar.md

## الدوائر والمكاتب

-jobcenter = { $form ->
   *[short] الجوب سنتر (Jobcenter)
    [long] الجوب سنتر (Jobcenter، مركز التوظيف والإعانة الأساسية)
    [bare] الجوب سنتر
}
-jugendamt = { $form ->
   *[short] اليوغند أمت (Jugendamt)
    [long] اليوغند أمت (Jugendamt، مكتب رعاية الأطفال والشباب)
    [bare] اليوغند أمت
}
-unterhaltsvorschussstelle = { $form ->
   *[short] الأونترهالتس فورشوس شتيله (Unterhaltsvorschussstelle)
    [long] الأونترهالتس فورشوس شتيله (Unterhaltsvorschussstelle، قسم نفقة الدولة للأطفال)
    [bare] الأونترهالتس فورشوس شتيله
}
-familienkasse = { $form ->
   *[short] الفاميليِن كاسه (Familienkasse)
    [long] الفاميليِن كاسه (Familienkasse، صندوق الأسرة لإعانة الأطفال)
    [bare] الفاميليِن كاسه
}
-wohngeldstelle = { $form ->
   *[short] الفونغيلد شتيله (Wohngeldstelle)
    [long] الفونغيلد شتيله (Wohngeldstelle، مكتب إعانة السكن)
    [bare] الفونغيلد شتيله
}
-elterngeldstelle = { $form ->
   *[short] الإلترنغيلد شتيله (Elterngeldstelle)
    [long] الإلترنغيلد شتيله (Elterngeldstelle، مكتب إعانة الوالدين)
    [bare] الإلترنغيلد شتيله
}
-standesamt = { $form ->
   *[short] الشتاندس أمت (Standesamt)
    [long] الشتاندس أمت (Standesamt، دائرة الأحوال المدنية)
    [bare] الشتاندس أمت
}
-amtsgericht = { $form ->
   *[short] الأمتس غيريشت (Amtsgericht)
    [long] الأمتس غيريشت (Amtsgericht، المحكمة المحلية)
    [bare] الأمتس غيريشت
}
-sozialamt = { $form ->
   *[short] الزوتسيال أمت (Sozialamt)
    [long] الزوتسيال أمت (Sozialamt، مكتب الشؤون الاجتماعية)
    [bare] الزوتسيال أمت
}
-finanzamt = { $form ->
   *[short] الفينانتس أمت (Finanzamt)
    [long] الفينانتس أمت (Finanzamt، مكتب الضرائب)
    [bare] الفينانتس أمت
}
-krankenkasse = { $form ->
   *[short] الكرانكن كاسه (Krankenkasse)
    [long] الكرانكن كاسه (Krankenkasse، التأمين الصحي)
}
-agentur-fuer-arbeit = { $form ->
   *[short] الأغينتور فور أربايت (Agentur für Arbeit)
    [long] الأغينتور فور أربايت (Agentur für Arbeit، وكالة العمل)
    [bare] الأغينتور فور أربايت
}
-auslaenderbehoerde = { $form ->
   *[short] الآوسلندر بيهورده (Ausländerbehörde)
    [long] الآوسلندر بيهورده (Ausländerbehörde، دائرة الأجانب)
}
-buergeramt = { $form ->
   *[short] البورغر أمت (Bürgeramt)
    [long] البورغر أمت (Bürgeramt، دائرة خدمات المواطنين)
}
-bamf = { $form ->
   *[short] البامف (BAMF)
    [long] البامف (BAMF، المكتب الاتحادي للهجرة واللاجئين)
}
-vhs = { $form ->
   *[short] فاو ها إس (VHS)
    [long] فولكس هوخ شوله (Volkshochschule، VHS، مدرسة تعليم الكبار)
    [bare] فاو ها إس
}
-bca = { $form ->
   *[short] بيه تسيه آ (BCA)
    [long] بيه تسيه آ (BCA، مسؤولة تكافؤ الفرص في سوق العمل)
    [bare] بيه تسيه آ
}
-mbe = { $form ->
   *[short] إم بيه إيه (MBE)
    [long] إم بيه إيه (MBE، استشارة المهاجرين البالغين)
    [bare] إم بيه إيه
}
-jmd = { $form ->
   *[short] يوت إم ديه (JMD)
    [long] يوت إم ديه (JMD، خدمة الهجرة للشباب)
}
-iq-netzwerk = { $form ->
   *[short] إي كو نيتسفيرك (IQ Netzwerk)
    [long] إي كو نيتسفيرك (IQ Netzwerk، استشارة مجانية للاعتراف بالشهادات)
}
-anerkennungs-finder = { $form ->
   *[short] أنيركينونغس فايندر (Anerkennungs-Finder)
    [long] أنيركينونغس فايندر (Anerkennungs-Finder، موقع يدلّكم على الجهة المسؤولة عن الاعتراف)
}
-hilfetelefon = { $form ->
   *[short] هيلفه تيليفون (Hilfetelefon Gewalt gegen Frauen)
    [long] هيلفه تيليفون (Hilfetelefon Gewalt gegen Frauen، خط مساعدة النساء ضد العنف)
}
-elterntelefon = { $form ->
   *[short] إلترن تيليفون (Elterntelefon)
    [long] إلترن تيليفون (Elterntelefon، خط هاتفي لاستشارة الأهل)
}

## المساعدات

-kindergeld = { $form ->
   *[short] الكيندرغيلد (Kindergeld)
    [long] الكيندرغيلد (Kindergeld، إعانة الأطفال الشهرية)
}
-kinderzuschlag = { $form ->
   *[short] الكيندر تسوشلاغ (Kinderzuschlag)
    [long] الكيندر تسوشلاغ (Kinderzuschlag، KiZ، علاوة إضافية للأطفال)
}
-unterhaltsvorschuss = { $form ->
   *[short] أونترهالتس فورشوس (Unterhaltsvorschuss)
    [long] أونترهالتس فورشوس (Unterhaltsvorschuss، نفقة تدفعها الدولة للطفل)
}
-buergergeld = { $form ->
   *[short] البورغرغيلد (Bürgergeld)
    [long] البورغرغيلد (Bürgergeld، إعانة المعيشة الأساسية)
}
-sozialhilfe = { $form ->
   *[short] الزوتسيال هيلفه (Sozialhilfe)
    [long] الزوتسيال هيلفه (Sozialhilfe، المساعدة الاجتماعية)
}
-neue-grundsicherung = { $form ->
   *[short] نويه غروندزيشرونغ (Neue Grundsicherung)
    [long] نويه غروندزيشرونغ (Neue Grundsicherung، الضمان الأساسي الجديد بدل البورغرغيلد)
}
-grundsicherungsgeld = { $form ->
   *[short] الغروندزيشرونغس غيلد (Grundsicherungsgeld)
    [long] الغروندزيشرونغس غيلد (Grundsicherungsgeld، مال الضمان الأساسي)
}
-mehrbedarf = { $form ->
   *[short] الميربيدارف (Mehrbedarf für Alleinerziehende)
    [long] الميربيدارف (Mehrbedarf für Alleinerziehende، مبلغ إضافي لمن يربّي أطفاله وحده)
}
-wohngeld = { $form ->
   *[short] الفونغيلد (Wohngeld)
    [long] الفونغيلد (Wohngeld، إعانة السكن)
}
-elterngeld = { $form ->
   *[short] الإلترنغيلد (Elterngeld)
    [long] الإلترنغيلد (Elterngeld، إعانة الوالدين بعد الولادة)
}
-elterngeld-plus = { $form ->
   *[short] الإلترنغيلد بلوس (ElterngeldPlus)
    [long] الإلترنغيلد بلوس (ElterngeldPlus، مبلغ أقل لمدة أطول)
}
-bildung-und-teilhabe = { $form ->
   *[short] بيلدونغ أوند تايلهابه (Bildung und Teilhabe)
    [long] بيلدونغ أوند تايلهابه (Bildung und Teilhabe، BuT، دعم تكاليف المدرسة والنشاطات)
    [bare] بيلدونغ أوند تايلهابه
}
-asylbewerberleistungen = { $form ->
   *[short] أزول بيفيربر لايستونغن (Asylbewerberleistungen)
    [long] أزول بيفيربر لايستونغن (Asylbewerberleistungen، AsylbLG، مساعدات طالبي اللجوء)
}
-beratungshilfe = { $form ->
   *[short] البيراتونغس هيلفه (Beratungshilfe)
    [long] البيراتونغس هيلفه (Beratungshilfe، دعم تكاليف الاستشارة القانونية)
}
-beistandschaft = { $form ->
   *[short] البايشتاندشافت (Beistandschaft)
    [long] البايشتاندشافت (Beistandschaft، مساعدة مجانية من اليوغند أمت في النفقة)
    [bare] البايشتاندشافت
}
-haushaltshilfe = { $form ->
   *[short] الهاوسهالتس هيلفه (Haushaltshilfe)
    [long] الهاوسهالتس هيلفه (Haushaltshilfe، مساعدة منزلية)
}
-kinderkrankengeld = { $form ->
   *[short] الكيندر كرانكن غيلد (Kinderkrankengeld)
    [long] الكيندر كرانكن غيلد (Kinderkrankengeld، تعويض أيام مرض الطفل)
}
-steuerklasse-2 = { $form ->
   *[short] شتويركلاسه 2 (Steuerklasse II)
    [long] شتويركلاسه 2 (Steuerklasse II، الفئة الضريبية الثانية)
}
-entlastungsbetrag = { $form ->
   *[short] الإنتلاستونغس بيتراغ (Entlastungsbetrag)
    [long] الإنتلاستونغس بيتراغ (Entlastungsbetrag، مبلغ معفى من الضريبة)
}
-einstiegsgeld = { $form ->
   *[short] الآينشتيغس غيلد (Einstiegsgeld)
    [long] الآينشتيغس غيلد (Einstiegsgeld، مبلغ إضافي عند بدء العمل)
}
-mutterschutz = { $form ->
   *[short] الموترشوتس (Mutterschutz)
    [long] الموترشوتس (Mutterschutz، حماية الأم قبل الولادة وبعدها)
}
-mutterschaftsgeld = { $form ->
   *[short] الموترشافتس غيلد (Mutterschaftsgeld)
    [long] الموترشافتس غيلد (Mutterschaftsgeld، مال الأمومة)
}
-elternzeit = { $form ->
   *[short] الإلترن تسايت (Elternzeit)
    [long] الإلترن تسايت (Elternzeit، إجازة الوالدين)
}

## رعاية الأطفال والمدرسة والعمل

-kita = { $form ->
   *[short] الكيتا (Kita)
    [long] الكيتا (Kita، الحضانة والروضة)
}
-kita-gutschein = { $form ->
   *[short] الكيتا غوتشاين (Kita-Gutschein)
    [long] الكيتا غوتشاين (Kita-Gutschein، قسيمة مكان في الحضانة)
}
-kindertagespflege = { $form ->
   *[short] الكيندر تاغس بفليغه (Kindertagespflege)
    [long] الكيندر تاغس بفليغه (Kindertagespflege، رعاية الأطفال عند مربية نهارية)
}
-tagesmutter = { $form ->
   *[short] التاغس موتر (Tagesmutter)
    [long] التاغس موتر (Tagesmutter، مربية نهارية)
}
-hort = { $form ->
   *[short] الهورت (Hort)
    [long] الهورت (Hort، رعاية بعد المدرسة)
}
-ganztag = { $form ->
   *[short] الغانتس تاغ (Ganztag)
    [long] الغانتس تاغ (Ganztag، المدرسة طوال اليوم)
}
-ogs = { $form ->
   *[short] أو غيه إس (OGS)
    [long] أو غيه إس (OGS، Offene Ganztagsschule، المدرسة طوال اليوم)
}
-integrationskurs = { $form ->
   *[short] الإنتغراتسيونس كورس (Integrationskurs)
    [long] الإنتغراتسيونس كورس (Integrationskurs، دورة الاندماج: لغة وتعريف بألمانيا)
}
-berufssprachkurs = { $form ->
   *[short] البيروفس شبراخ كورس (Berufssprachkurs)
    [long] البيروفس شبراخ كورس (Berufssprachkurs، دورة الألمانية للعمل)
}
-bildungsgutschein = { $form ->
   *[short] البيلدونغس غوتشاين (Bildungsgutschein)
    [long] البيلدونغس غوتشاين (Bildungsgutschein، قسيمة تدفع تكاليف التدريب)
}
-avgs = { $form ->
   *[short] آ فاو غيه إس (AVGS)
    [long] آ فاو غيه إس (AVGS، قسيمة مجانية للتوجيه المهني والتوظيف)
}
-teilzeitausbildung = { $form ->
   *[short] التايل تسايت آوسبيلدونغ (Teilzeitausbildung)
    [long] التايل تسايت آوسبيلدونغ (Teilzeitausbildung، تدريب مهني بدوام جزئي)
}
-umschulung = { $form ->
   *[short] الأومشولونغ (Umschulung)
    [long] الأومشولونغ (Umschulung، إعادة التأهيل لمهنة جديدة)
}

## التنقل والأماكن والإقامة والأوراق

-deutschlandticket = { $form ->
   *[short] الدويتشلاند تيكت (Deutschlandticket)
    [long] الدويتشلاند تيكت (Deutschlandticket، تذكرة شهرية لكل ألمانيا)
}
-deutschlandticket-sozial = { $form ->
   *[short] الدويتشلاند تيكت زوتسيال (Deutschlandticket Sozial)
    [long] الدويتشلاند تيكت زوتسيال (Deutschlandticket Sozial، تذكرة مخفّضة لأصحاب الدخل القليل)
}
-sozialticket = { $form ->
   *[short] الزوتسيال تيكت (Sozialticket)
    [long] الزوتسيال تيكت (Sozialticket، تذكرة مخفّضة لأصحاب الدخل القليل)
}
-vrr = { $form ->
   *[short] فاو إر إر (VRR)
    [long] فاو إر إر (VRR، شبكة النقل في منطقة الراين والرور)
}
-nrw = { $form ->
   *[short] إن إر فيه (NRW)
    [long] إن إر فيه (NRW، ولاية شمال الراين - وستفاليا)
}
-duldung = { $form ->
   *[short] الدولدونغ (Duldung)
    [long] الدولدونغ (Duldung، وقف مؤقت للترحيل)
}
-aufenthaltstitel = { $form ->
   *[short] الآوفنتهالتس تيتل (Aufenthaltstitel)
    [long] الآوفنتهالتس تيتل (Aufenthaltstitel، تصريح الإقامة)
    [bare] الآوفنتهالتس تيتل
}
-steuer-id = { $form ->
   *[short] الشتوير إي دي (Steuer-ID)
    [long] الشتوير إي دي (Steuer-ID، الرقم الضريبي)
}
-bescheid = { $form ->
   *[short] البيشايد (Bescheid)
    [long] البيشايد (Bescheid، رسالة القرار الرسمي)
}

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = { $form ->
   *[short] الفاترشافتس أنركنونغ (Vaterschaftsanerkennung)
    [long] الفاترشافتس أنركنونغ (Vaterschaftsanerkennung، الاعتراف بالأبوة)
}
-sorgeerklaerung = { $form ->
   *[short] الزورغه إركليرونغ (Sorgeerklärung)
    [long] الزورغه إركليرونغ (Sorgeerklärung، إقرار الحضانة المشتركة)
}
-negativbescheinigung = { $form ->
   *[short] النيغاتيف بِشاينيغونغ (Negativbescheinigung)
    [long] النيغاتيف بِشاينيغونغ (Negativbescheinigung، إثبات أن الحضانة لكم وحدكم)
}
-geburtsurkunde = { $form ->
   *[short] الغِبورتس أوركونده (Geburtsurkunde)
    [long] الغِبورتس أوركونده (Geburtsurkunde، شهادة الميلاد)
}
-familienversicherung = { $form ->
   *[short] الفاميليِن فرزيشرونغ (Familienversicherung)
    [long] الفاميليِن فرزيشرونغ (Familienversicherung، التأمين العائلي المجاني)
}
-bas = { $form ->
   *[short] البونديس أمت فور زوتسيالِه زيشرونغ (Bundesamt für Soziale Sicherung)
    [long] البونديس أمت فور زوتسيالِه زيشرونغ (Bundesamt für Soziale Sicherung، المكتب الاتحادي للضمان الاجتماعي)
}
-entgeltfortzahlung = { $form ->
   *[short] الإنتغلت فورت تسالونغ (Entgeltfortzahlung)
    [long] الإنتغلت فورت تسالونغ (Entgeltfortzahlung، استمرار الأجر من صاحب العمل)
}
-krankengeld = { $form ->
   *[short] الكرانكن غيلد (Krankengeld)
    [long] الكرانكن غيلد (Krankengeld، تعويض المرض)
}
-sozialdienst = { $form ->
   *[short] الخدمة الاجتماعية في المستشفى (Sozialdienst)
    [long] الخدمة الاجتماعية في المستشفى (Sozialdienst im Krankenhaus)
}
-versorgungsamt-dortmund = مكتب الرعاية في دورتموند (Gemeinsames Versorgungsamt Dortmund)
