# نام‌های آلمانی اداره‌ها، کمک‌هزینه‌ها و برنامه‌ها – همه در یک جا.
# هر نام: اول همان نام آلمانی با خط فارسی، همان‌طور که گفته می‌شود (تا پدر یا مادری که خط لاتین
# نمی‌خواند بتواند آن را پشت باجه بگوید)، بعد نام آلمانی در پرانتز (همان که روی تابلو و نامه است).
# شکل بلند ([long]) یک توضیح کوتاه هم دارد: اولین بار که نام در یک صفحه می‌آید، از آن استفاده کنید:
# { -jugendamt(form: "long") }. بعد از آن در همان صفحه: { -jugendamt }.
# متن‌ها این نام‌ها را هرگز خودشان نمی‌نویسند، فقط همین‌ها را می‌گذارند. راهنما: docs/translation/fa.md

## اداره‌ها

-jobcenter = { $form ->
   *[short] جاب‌سنتر (Jobcenter)
    [long] جاب‌سنتر (Jobcenter، ادارهٔ کاریابی و کمک‌هزینهٔ زندگی)
    [bare] جاب‌سنتر
}
-jugendamt = { $form ->
   *[short] یوگنت‌آمت (Jugendamt)
    [long] یوگنت‌آمت (Jugendamt، ادارهٔ امور کودکان و نوجوانان)
    [bare] یوگنت‌آمت
}
-unterhaltsvorschussstelle = { $form ->
   *[short] اونترهالتس‌فورشوس‌اِشتله (Unterhaltsvorschussstelle)
    [long] اونترهالتس‌فورشوس‌اِشتله (Unterhaltsvorschussstelle، بخش نفقه از طرف دولت)
    [bare] اونترهالتس‌فورشوس‌اِشتله
}
-familienkasse = { $form ->
   *[short] فامیلیِن‌کاسه (Familienkasse)
    [long] فامیلیِن‌کاسه (Familienkasse، ادارهٔ پرداخت کیندرگلد)
    [bare] فامیلیِن‌کاسه
}
-wohngeldstelle = { $form ->
   *[short] وون‌گلد‌اِشتله (Wohngeldstelle)
    [long] وون‌گلد‌اِشتله (Wohngeldstelle، ادارهٔ کمک‌هزینهٔ اجاره)
    [bare] وون‌گلد‌اِشتله
}
-elterngeldstelle = { $form ->
   *[short] اِلترن‌گلد‌اِشتله (Elterngeldstelle)
    [long] اِلترن‌گلد‌اِشتله (Elterngeldstelle، ادارهٔ کمک‌هزینهٔ والدین)
    [bare] اِلترن‌گلد‌اِشتله
}
-standesamt = { $form ->
   *[short] اِشتاندس‌آمت (Standesamt)
    [long] اِشتاندس‌آمت (Standesamt، ادارهٔ ثبت احوال)
    [bare] اِشتاندس‌آمت
}
-amtsgericht = { $form ->
   *[short] آمتس‌گریشت (Amtsgericht)
    [long] آمتس‌گریشت (Amtsgericht، دادگاه محلی)
    [bare] آمتس‌گریشت
}
-sozialamt = { $form ->
   *[short] زوتسیال‌آمت (Sozialamt)
    [long] زوتسیال‌آمت (Sozialamt، ادارهٔ امور اجتماعی)
    [bare] زوتسیال‌آمت
}
-finanzamt = { $form ->
   *[short] فینانتس‌آمت (Finanzamt)
    [long] فینانتس‌آمت (Finanzamt، ادارهٔ مالیات)
    [bare] فینانتس‌آمت
}
-krankenkasse = { $form ->
   *[short] کرانکن‌کاسه (Krankenkasse)
    [long] کرانکن‌کاسه (Krankenkasse، بیمهٔ درمانی شما)
}
-agentur-fuer-arbeit = { $form ->
   *[short] آگِنتور فور آربایت (Agentur für Arbeit)
    [long] آگِنتور فور آربایت (Agentur für Arbeit، ادارهٔ کار)
    [bare] آگِنتور فور آربایت
}
-auslaenderbehoerde = { $form ->
   *[short] آوسلِندِربِهورده (Ausländerbehörde)
    [long] آوسلِندِربِهورده (Ausländerbehörde، ادارهٔ اتباع خارجی)
}
-buergeramt = { $form ->
   *[short] بورگِرآمت (Bürgeramt)
    [long] بورگِرآمت (Bürgeramt، ادارهٔ خدمات شهروندی)
}
-bamf = { $form ->
   *[short] بامف (BAMF)
    [long] بامف (BAMF، ادارهٔ فدرال مهاجرت و پناهندگی)
}
-vhs = { $form ->
   *[short] فاو‌ها‌اِس (VHS)
    [long] فولکس‌هوخ‌شوله (Volkshochschule، VHS، آموزشگاه بزرگسالان)
    [bare] فاو‌ها‌اِس
}
-bca = { $form ->
   *[short] بِه‌تسه‌آ (BCA)
    [long] بِه‌تسه‌آ (BCA، مسئول فرصت‌های برابر در بازار کار)
    [bare] بِه‌تسه‌آ
}
-mbe = { $form ->
   *[short] اِم‌بِه‌اِه (MBE)
    [long] اِم‌بِه‌اِه (MBE، مشاورهٔ مهاجرت برای بزرگسالان)
    [bare] اِم‌بِه‌اِه
}
-jmd = { $form ->
   *[short] یوت‌اِم‌ده (JMD)
    [long] یوت‌اِم‌ده (JMD، خدمات مهاجرت برای جوانان)
}
-iq-netzwerk = { $form ->
   *[short] ای‌کو نتس‌وِرک (IQ Netzwerk)
    [long] ای‌کو نتس‌وِرک (IQ Netzwerk، مشاورهٔ رایگان برای به رسمیت شناختن مدرک)
}
-anerkennungs-finder = { $form ->
   *[short] آنِرکِنونگس‌فایندر (Anerkennungs-Finder)
    [long] آنِرکِنونگس‌فایندر (Anerkennungs-Finder، سایتی که ادارهٔ مسئول را نشان می‌دهد)
}
-hilfetelefon = { $form ->
   *[short] هیلفه‌تلفون (Hilfetelefon Gewalt gegen Frauen)
    [long] هیلفه‌تلفون (Hilfetelefon Gewalt gegen Frauen، خط کمک برای زنان در برابر خشونت)
}
-elterntelefon = { $form ->
   *[short] اِلترن‌تلفون (Elterntelefon)
    [long] اِلترن‌تلفون (Elterntelefon، خط تلفن مشاوره برای والدین)
}

## کمک‌هزینه‌ها

-kindergeld = { $form ->
   *[short] کیندرگلد (Kindergeld)
    [long] کیندرگلد (Kindergeld، کمک‌هزینهٔ ماهانهٔ فرزند)
}
-kinderzuschlag = { $form ->
   *[short] کیندرتسوشلاگ (Kinderzuschlag)
    [long] کیندرتسوشلاگ (Kinderzuschlag، KiZ، کمک‌هزینهٔ اضافهٔ فرزند)
}
-unterhaltsvorschuss = { $form ->
   *[short] اونترهالتس‌فورشوس (Unterhaltsvorschuss)
    [long] اونترهالتس‌فورشوس (Unterhaltsvorschuss، نفقه از طرف دولت)
}
-buergergeld = { $form ->
   *[short] بورگرگلد (Bürgergeld)
    [long] بورگرگلد (Bürgergeld، کمک‌هزینهٔ پایهٔ زندگی)
}
-sozialhilfe = { $form ->
   *[short] زوتسیال‌هیلفه (Sozialhilfe)
    [long] زوتسیال‌هیلفه (Sozialhilfe، کمک اجتماعی)
}
-neue-grundsicherung = { $form ->
   *[short] نویه گروندزیشِرونگ (Neue Grundsicherung)
    [long] نویه گروندزیشِرونگ (Neue Grundsicherung، تأمین پایهٔ جدید به‌جای بورگرگلد)
}
-grundsicherungsgeld = { $form ->
   *[short] گروندزیشِرونگس‌گلد (Grundsicherungsgeld)
    [long] گروندزیشِرونگس‌گلد (Grundsicherungsgeld، پول تأمین پایهٔ زندگی)
}
-mehrbedarf = { $form ->
   *[short] مِربِدارف (Mehrbedarf für Alleinerziehende)
    [long] مِربِدارف (Mehrbedarf für Alleinerziehende، پول اضافه برای والدین تنها)
}
-wohngeld = { $form ->
   *[short] وون‌گلد (Wohngeld)
    [long] وون‌گلد (Wohngeld، کمک‌هزینهٔ اجاره)
}
-elterngeld = { $form ->
   *[short] اِلترن‌گلد (Elterngeld)
    [long] اِلترن‌گلد (Elterngeld، کمک‌هزینهٔ والدین پس از تولد نوزاد)
}
-elterngeld-plus = { $form ->
   *[short] اِلترن‌گلد پلوس (ElterngeldPlus)
    [long] اِلترن‌گلد پلوس (ElterngeldPlus، اِلترن‌گلد با مبلغ کمتر و مدت دو برابر)
}
-bildung-und-teilhabe = { $form ->
   *[short] بیلدونگ اوند تایل‌هابه (Bildung und Teilhabe)
    [long] بیلدونگ اوند تایل‌هابه (Bildung und Teilhabe، BuT، کمک‌هزینهٔ مدرسه و فعالیت‌های کودک)
    [bare] بیلدونگ اوند تایل‌هابه
}
-asylbewerberleistungen = { $form ->
   *[short] آزول‌بِوِربِرلایستونگن (Asylbewerberleistungen)
    [long] آزول‌بِوِربِرلایستونگن (Asylbewerberleistungen، AsylbLG، کمک‌هزینهٔ پناهجویان)
}
-beratungshilfe = { $form ->
   *[short] بِراتونگس‌هیلفه (Beratungshilfe)
    [long] بِراتونگس‌هیلفه (Beratungshilfe، کمک‌هزینهٔ مشاوره با وکیل)
}
-beistandschaft = { $form ->
   *[short] بای‌اِشتاندشافت (Beistandschaft)
    [long] بای‌اِشتاندشافت (Beistandschaft، کمک رایگان یوگنت‌آمت برای گرفتن نفقه)
    [bare] بای‌اِشتاندشافت
}
-haushaltshilfe = { $form ->
   *[short] هاوس‌هالتس‌هیلفه (Haushaltshilfe)
    [long] هاوس‌هالتس‌هیلفه (Haushaltshilfe، کمک در کارهای خانه)
}
-kinderkrankengeld = { $form ->
   *[short] کیندرکرانکن‌گلد (Kinderkrankengeld)
    [long] کیندرکرانکن‌گلد (Kinderkrankengeld، پول روزهای بیماری کودک)
}
-steuerklasse-2 = { $form ->
   *[short] اِشتویِرکلاسه 2 (Steuerklasse II)
    [long] اِشتویِرکلاسه 2 (Steuerklasse II، گروه مالیاتی 2)
}
-entlastungsbetrag = { $form ->
   *[short] اِنت‌لاستونگس‌بِتراگ (Entlastungsbetrag)
    [long] اِنت‌لاستونگس‌بِتراگ (Entlastungsbetrag، مبلغ معاف از مالیات)
}
-einstiegsgeld = { $form ->
   *[short] آین‌اِشتیگس‌گلد (Einstiegsgeld)
    [long] آین‌اِشتیگس‌گلد (Einstiegsgeld، پول اضافه در شروع کار)
}
-mutterschutz = { $form ->
   *[short] موتِرشوتس (Mutterschutz)
    [long] موتِرشوتس (Mutterschutz، حمایت از مادر پیش و پس از زایمان)
}
-mutterschaftsgeld = { $form ->
   *[short] موتِرشافتس‌گلد (Mutterschaftsgeld)
    [long] موتِرشافتس‌گلد (Mutterschaftsgeld، پول دوران زایمان)
}
-elternzeit = { $form ->
   *[short] اِلترن‌تسایت (Elternzeit)
    [long] اِلترن‌تسایت (Elternzeit، مرخصی والدین)
}

## نگهداری از کودک، مدرسه، کار

-kita = { $form ->
   *[short] کیتا (Kita)
    [long] کیتا (Kita، مهدکودک)
}
-kita-gutschein = { $form ->
   *[short] کیتا‌گوت‌شاین (Kita-Gutschein)
    [long] کیتا‌گوت‌شاین (Kita-Gutschein، برگهٔ جا در مهدکودک)
}
-kindertagespflege = { $form ->
   *[short] کیندرتاگِس‌پفلگه (Kindertagespflege)
    [long] کیندرتاگِس‌پفلگه (Kindertagespflege، نگهداری کودک نزد پرستار کودک)
}
-tagesmutter = { $form ->
   *[short] تاگِس‌موتِر (Tagesmutter)
    [long] تاگِس‌موتِر (Tagesmutter، پرستار کودک)
}
-hort = { $form ->
   *[short] هورت (Hort)
    [long] هورت (Hort، نگهداری کودک بعد از مدرسه)
}
-ganztag = { $form ->
   *[short] گانتس‌تاگ (Ganztag)
    [long] گانتس‌تاگ (Ganztag، مدرسهٔ تمام‌روز)
}
-ogs = { $form ->
   *[short] اُ‌گه‌اِس (OGS)
    [long] اُ‌گه‌اِس (OGS، Offene Ganztagsschule، مدرسهٔ تمام‌روز)
}
-integrationskurs = { $form ->
   *[short] اینتگراتسیونس‌کورس (Integrationskurs)
    [long] اینتگراتسیونس‌کورس (Integrationskurs، کلاس زبان و آشنایی با آلمان)
}
-berufssprachkurs = { $form ->
   *[short] بِروفس‌اِشپراخ‌کورس (Berufssprachkurs)
    [long] بِروفس‌اِشپراخ‌کورس (Berufssprachkurs، کلاس آلمانی برای کار)
}
-bildungsgutschein = { $form ->
   *[short] بیلدونگس‌گوت‌شاین (Bildungsgutschein)
    [long] بیلدونگس‌گوت‌شاین (Bildungsgutschein، برگه‌ای که هزینهٔ آموزش را می‌پردازد)
}
-avgs = { $form ->
   *[short] آ‌فاو‌گه‌اِس (AVGS)
    [long] آ‌فاو‌گه‌اِس (AVGS، برگهٔ رایگان مربی‌گری و کاریابی)
}
-teilzeitausbildung = { $form ->
   *[short] تایل‌تسایت‌آوس‌بیلدونگ (Teilzeitausbildung)
    [long] تایل‌تسایت‌آوس‌بیلدونگ (Teilzeitausbildung، آموزش حرفه‌ای پاره‌وقت)
}
-umschulung = { $form ->
   *[short] اوم‌شولونگ (Umschulung)
    [long] اوم‌شولونگ (Umschulung، بازآموزی برای یک حرفهٔ تازه)
}

## رفت‌وآمد، مکان‌ها، اقامت، مدارک

-deutschlandticket = { $form ->
   *[short] دویچ‌لاند‌تیکت (Deutschlandticket)
    [long] دویچ‌لاند‌تیکت (Deutschlandticket، بلیت ماهانه برای سراسر آلمان)
}
-deutschlandticket-sozial = { $form ->
   *[short] دویچ‌لاند‌تیکت زوتسیال (Deutschlandticket Sozial)
    [long] دویچ‌لاند‌تیکت زوتسیال (Deutschlandticket Sozial، بلیت ارزان برای درآمد کم)
}
-sozialticket = { $form ->
   *[short] زوتسیال‌تیکت (Sozialticket)
    [long] زوتسیال‌تیکت (Sozialticket، بلیت ارزان برای درآمد کم)
}
-vrr = { $form ->
   *[short] فاو‌اِر‌اِر (VRR)
    [long] فاو‌اِر‌اِر (VRR، شبکهٔ اتوبوس و قطار منطقهٔ راین و رور)
}
-nrw = { $form ->
   *[short] اِن‌اِر‌وه (NRW)
    [long] اِن‌اِر‌وه (NRW، ایالت نوردراین-وستفالن)
}
-duldung = { $form ->
   *[short] دولدونگ (Duldung)
    [long] دولدونگ (Duldung، تعلیق موقت اخراج)
}
-aufenthaltstitel = { $form ->
   *[short] آوف‌اِنت‌هالتس‌تیتل (Aufenthaltstitel)
    [long] آوف‌اِنت‌هالتس‌تیتل (Aufenthaltstitel، اجازهٔ اقامت)
    [bare] آوف‌اِنت‌هالتس‌تیتل
}
-steuer-id = { $form ->
   *[short] اِشتویِر‌ای‌دی (Steuer-ID)
    [long] اِشتویِر‌ای‌دی (Steuer-ID، شمارهٔ مالیاتی)
}
-bescheid = { $form ->
   *[short] بِشاید (Bescheid)
    [long] بِشاید (Bescheid، نامهٔ تصمیم اداره)
}

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = { $form ->
   *[short] فاترشافتس‌آنرکنونگ (Vaterschaftsanerkennung)
    [long] فاترشافتس‌آنرکنونگ (Vaterschaftsanerkennung، به رسمیت شناختن پدری)
}
-sorgeerklaerung = { $form ->
   *[short] زورگه‌اِرکلِرونگ (Sorgeerklärung)
    [long] زورگه‌اِرکلِرونگ (Sorgeerklärung، اعلام حضانت مشترک)
}
-negativbescheinigung = { $form ->
   *[short] نگاتیف‌بِشاینیگونگ (Negativbescheinigung)
    [long] نگاتیف‌بِشاینیگونگ (Negativbescheinigung، گواهی اینکه حضانت فقط با شماست)
}
-geburtsurkunde = { $form ->
   *[short] گِبورتس‌اورکونده (Geburtsurkunde)
    [long] گِبورتس‌اورکونده (Geburtsurkunde، شناسنامه/گواهی تولد)
}
-familienversicherung = { $form ->
   *[short] فامیلین‌فِرزیشِرونگ (Familienversicherung)
    [long] فامیلین‌فِرزیشِرونگ (Familienversicherung، بیمهٔ خانوادگی رایگان)
}
-bas = { $form ->
   *[short] بوندس‌آمت فور زوتسیاله زیشرونگ (Bundesamt für Soziale Sicherung)
    [long] بوندس‌آمت فور زوتسیاله زیشرونگ (Bundesamt für Soziale Sicherung، ادارهٔ فدرال تأمین اجتماعی)
}
-entgeltfortzahlung = { $form ->
   *[short] اِنت‌گلت‌فورت‌تسالونگ (Entgeltfortzahlung)
    [long] اِنت‌گلت‌فورت‌تسالونگ (Entgeltfortzahlung، ادامهٔ حقوق از طرف کارفرما)
}
-krankengeld = { $form ->
   *[short] کرانکن‌گلد (Krankengeld)
    [long] کرانکن‌گلد (Krankengeld، پول بیماری)
}
-sozialdienst = { $form ->
   *[short] خدمات اجتماعی بیمارستان (Sozialdienst)
    [long] خدمات اجتماعی بیمارستان (Sozialdienst im Krankenhaus)
}
-versorgungsamt-dortmund = ادارهٔ فِرزورگونگس دورتموند (Gemeinsames Versorgungsamt Dortmund)
