<#-- Wspólne fragmenty polskich pism. Każde ${...} musi być wypełnione, inaczej pismo nie zostanie wysłane. -->
<#assign rightNames = {
  "ACCESS": "dostęp do Pani/Pana danych osobowych (art. 15 RODO)",
  "RECTIFICATION": "sprostowanie Pani/Pana danych osobowych (art. 16 RODO)",
  "ERASURE": "usunięcie Pani/Pana danych osobowych (art. 17 RODO)",
  "RESTRICTION": "ograniczenie przetwarzania Pani/Pana danych osobowych (art. 18 RODO)",
  "PORTABILITY": "kopia danych do przeniesienia do innej firmy (art. 20 RODO)",
  "OBJECTION": "sprzeciw wobec przetwarzania Pani/Pana danych osobowych (art. 21 RODO)",
  "CONSENT_WITHDRAWAL": "wycofanie zgody (art. 7 ust. 3 RODO)",
  "AUTOMATED_DECISION": "ponowne rozpatrzenie decyzji podjętej wyłącznie w sposób zautomatyzowany (art. 22 RODO)",
  "QUESTION": "pytanie o to, jak wykorzystujemy Pani/Pana dane osobowe"
}>
<#assign reasonTexts = {
  "IDENTITY_NOT_ESTABLISHED": "Nie udało nam się potwierdzić, że jest Pani/Pan osobą, której dotyczą dane. Możemy udostępnić lub zmienić dane osobowe dopiero wtedy, gdy mamy co do tego pewność – tak, aby nikt inny nie uzyskał Pani/Pana danych ani ich nie zmienił (art. 11 ust. 2 i art. 12 ust. 6 RODO).",
  "MANIFESTLY_UNFOUNDED": "Żądanie jest ewidentnie nieuzasadnione: nie dotyczy żadnego z praw, które przepisy o ochronie danych przyznają Pani/Panu w odniesieniu do danych osobowych przetwarzanych przez nas (art. 12 ust. 5 RODO).",
  "EXCESSIVE": "Żądanie jest nadmierne, w szczególności dlatego, że powtarza żądania, na które niedawno już odpowiedzieliśmy (art. 12 ust. 5 RODO).",
  "LEGAL_RETENTION_DUTY": "Przepisy prawa zobowiązują nas do przechowywania niektórych danych przez określony czas, na przykład faktur do celów podatkowych i rachunkowych. Przechowujemy te dane wyłącznie w tym celu i usuniemy je po upływie tego okresu (art. 17 ust. 3 lit. b RODO).",
  "LEGAL_CLAIMS": "Niektóre dane są nam potrzebne do ustalenia, dochodzenia lub obrony roszczeń, na przykład w sporze, który nie został jeszcze zakończony (art. 17 ust. 3 lit. e RODO).",
  "RIGHTS_OF_OTHERS": "Część informacji ujawniłaby dane osobowe innych osób lub w inny sposób naruszyłaby ich prawa, dlatego nie możemy jej przekazać (art. 15 ust. 4 RODO).",
  "NO_ERASURE_GROUND": "W odniesieniu do danych, których to dotyczy, nie zachodzi żadna z przesłanek, na podstawie których przepisy przyznają Pani/Panu prawo do ich usunięcia (art. 17 ust. 1 RODO). Taka przesłanka zachodzi na przykład wtedy, gdy dane nie są nam już potrzebne do celu, w którym je zebraliśmy, albo gdy przetwarzamy je wyłącznie na podstawie Pani/Pana zgody, a zgoda ta została wycofana.",
  "COMPELLING_LEGITIMATE_GROUNDS": "Mamy ważne prawnie uzasadnione podstawy do przetwarzania danych, których to dotyczy, nadrzędne wobec Pani/Pana interesów, praw i wolności (art. 21 ust. 1 RODO).",
  "DATA_ACCURATE": "Sprawdziliśmy dane, których sprostowania Pani/Pan żąda, i są one prawidłowe, więc nie ma czego sprostować (art. 16 RODO).",
  "RESTRICTION_CONDITIONS_NOT_MET": "Nie zachodzi żadna z sytuacji, w których przepisy przyznają Pani/Panu prawo do ograniczenia przetwarzania danych (art. 18 ust. 1 RODO). Taka sytuacja zachodzi na przykład wtedy, gdy sprawdzamy, czy kwestionowane przez Panią/Pana dane są prawidłowe albo czy nasze podstawy przetwarzania są nadrzędne wobec Pani/Pana sprzeciwu.",
  "PORTABILITY_CONDITIONS_NOT_MET": "Może Pani/Pan przenieść do innej firmy wyłącznie dane, które otrzymaliśmy bezpośrednio od Pani/Pana i które przetwarzamy w sposób zautomatyzowany na podstawie Pani/Pana zgody lub zawartej z Panią/Panem umowy, i tylko w zakresie, w jakim nie narusza to praw i wolności innych osób (art. 20 ust. 1 i 4 RODO). Te warunki nie są tu spełnione.",
  "NATIONAL_RESTRICTION": "W Pani/Pana przypadku przepis prawa krajowego ogranicza to uprawnienie, co dopuszczają przepisy o ochronie danych (art. 23 RODO).",
  "NO_DATA_HELD": "Przeszukaliśmy wszystkie nasze systemy i nie przetwarzamy żadnych Pani/Pana danych osobowych (art. 15 ust. 1 RODO).",
  "COMPLEX_REQUEST": "Pani/Pana żądanie jest skomplikowane i potrzebujemy więcej czasu, aby odpowiedzieć na nie w pełni i prawidłowo (art. 12 ust. 3 RODO).",
  "NUMBER_OF_REQUESTS": "Otrzymaliśmy wyjątkowo dużą liczbę żądań i potrzebujemy więcej czasu, aby rzetelnie rozpatrzyć Pani/Pana żądanie (art. 12 ust. 3 RODO)."
}>

<#-- Polski zwrot grzecznościowy nie zawiera imienia i nazwiska: forma wołacza zależy od płci, której nie znamy. -->
<#macro greeting>
Dzień dobry,
</#macro>

<#-- Pismo wysłane pocztą nie może prosić o „odpowiedź na tę wiadomość”. -->
<#macro replyTo><#if byPost>napisać do nas e-mailem na adres ${controller.dataProtectionContact} lub pocztą na adres podany poniżej<#else>odpowiedzieć na tę wiadomość</#if></#macro>

<#macro rightList>
<#list rights as r>
- ${rightNames[r]}
</#list>
</#macro>

<#macro explainReasons>
<#list reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if reasonDetails??>

${reasonDetails}
</#if>
</#macro>

<#macro authority>
  ${controller.supervisoryAuthority.name}
  ${controller.supervisoryAuthority.address}
  ${controller.supervisoryAuthority.website}
</#macro>

<#-- Art. 12 ust. 4: zawsze, gdy nie robimy (wszystkiego), o co proszono, i gdy klient pozostaje niezadowolony. -->
<#macro remedies>
Pani/Pana prawa, jeśli nie zgadza się Pani/Pan z naszą odpowiedzią (art. 12 ust. 4 RODO):
- Ma Pani/Pan prawo wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim UE swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia (art. 77 RODO). Organem nadzorczym właściwym dla nas jest:
<@authority/>
- <#if controller.courtRemedy??>${controller.courtRemedy}<#else>Ma Pani/Pan prawo do skutecznego środka ochrony prawnej przed sądem (art. 79 RODO). Może Pani/Pan wystąpić do sądu państwa członkowskiego, w którym posiadamy jednostkę organizacyjną, albo państwa członkowskiego, w którym ma Pani/Pan miejsce zwykłego pobytu.</#if>
Może Pani/Pan też najpierw napisać do nas: ${controller.dataProtectionContact} – ponownie przeanalizujemy sprawę.
</#macro>

<#macro yourRights>
Pani/Pana prawa: może Pani/Pan żądać sprostowania nieprawidłowych danych (art. 16 RODO), usunięcia danych (art. 17 RODO) oraz ograniczenia ich przetwarzania (art. 18 RODO). Może Pani/Pan wnieść sprzeciw wobec przetwarzania danych, które opiera się na naszym prawnie uzasadnionym interesie lub służy marketingowi bezpośredniemu (art. 21 RODO). Jeżeli przetwarzamy dane na podstawie Pani/Pana zgody, może ją Pani/Pan w każdej chwili wycofać (art. 7 ust. 3 RODO). Ma Pani/Pan także prawo wnieść skargę do organu nadzorczego: ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (art. 77 RODO).
</#macro>

<#macro processing>
<#list answer.processingInfo as a>
${a?counter}. Cel: ${a.purpose}
   Podstawa prawna: ${a.legalBasis}
   Kategorie danych: ${a.dataCategories?join(", ")}
   Odbiorcy: <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>nikt poza naszą firmą</#if>
   Jak długo przechowujemy dane: ${a.retention}
   Skąd pochodzą dane: ${a.source}
</#list>
</#macro>

<#macro counted items><#list items as i>
- ${i.category} (liczba wpisów: ${i.rows})
</#list></#macro>

<#macro reasonsOf s>
<#list s.reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if s.details??>
${s.details}
</#if>
</#macro>

<#-- Art. 19: tylko odbiorcy, których faktycznie poinformowaliśmy, z datą; tylko gdy dane sprostowano, usunięto lub ograniczono ich przetwarzanie. -->
<#macro art19>
<#if answer.art19>

Kogo jeszcze poinformowaliśmy (art. 19 RODO)
<#if answer.notified?has_content>
O tym, co zrobiliśmy, poinformowaliśmy tych, którym ujawniliśmy dane, których to dotyczy, aby postąpili tak samo:
<#list answer.notified as n>
- ${n.name}, dnia ${n.date} r.
</#list>
<#else>
Nie ujawnialiśmy tych danych nikomu, więc nie było nikogo innego do poinformowania.
</#if>
</#if>
</#macro>

<#macro byHand s>
<#if s.byHand?has_content>
Zrobiliśmy to również w ewidencjach, które prowadzimy poza naszymi systemami:
<#list s.byHand as h>
- ${h.source} (dnia ${h.date} r.)
</#list>
</#if>
</#macro>

<#-- Co zrobiliśmy w odniesieniu do jednego prawa, na podstawie dziennika wykonania. -->
<#macro fulfilled s>
<#switch s.right>
<#case "ACCESS">
<#if s.copied?has_content>
Potwierdzamy, że przetwarzamy Pani/Pana dane osobowe. Oto dane, które posiadaliśmy w chwili otrzymania Pani/Pana żądania (kopia jest bezpłatna, art. 15 ust. 3 RODO):
<#list s.copied as item>

${item.category} (liczba wpisów: ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field}: ${value}<#sep>; </#sep></#list>
</#list>
</#list>

W jakim celu i w jaki sposób je wykorzystujemy (art. 15 ust. 1 RODO):
<@processing/>

<@yourRights/>
<#else>
Poza danymi związanymi z tym żądaniem nie przetwarzamy żadnych Pani/Pana danych osobowych (art. 15 ust. 1 RODO).
</#if>
<#if s.withheld?has_content>
Z kopii pominęliśmy następujące dane: ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "PORTABILITY">
<#if s.exported?has_content>
W załączniku przesyłamy dane, które otrzymaliśmy od Pani/Pana, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego, dzięki czemu może je Pani/Pan przekazać innej firmie (art. 20 RODO): ${s.exported?join(", ")}.
<#else>
Nie posiadamy żadnych danych, które otrzymaliśmy od Pani/Pana i które przetwarzamy na podstawie Pani/Pana zgody lub zawartej z Panią/Panem umowy, więc nie ma czego przekazać (art. 20 ust. 1 RODO).
</#if>
<#if s.withheld?has_content>
Z pliku pominęliśmy następujące dane: ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "RECTIFICATION">
<#if s.corrected?has_content>
Sprostowaliśmy następujące dane: ${s.corrected?join(", ")}.
<#elseif s.superseded>
Ponieważ żąda Pani/Pan również usunięcia swoich danych, usunęliśmy je zamiast je sprostować (szczegóły poniżej).
<#else>
Pani/Pana dane były już zgodne z Pani/Pana żądaniem, więc nie trzeba było niczego zmieniać.
</#if>
<#break>
<#case "RESTRICTION">
<#if s.restricted?has_content>
Ograniczyliśmy przetwarzanie Pani/Pana danych osobowych w zakresie:
<@counted s.restricted/>
Od teraz jedynie przechowujemy te dane. W inny sposób wykorzystamy je tylko za Pani/Pana zgodą, w celu ustalenia, dochodzenia lub obrony roszczeń, w celu ochrony praw innej osoby lub z uwagi na ważny interes publiczny (art. 18 ust. 2 RODO). Zanim zniesiemy ograniczenie, poinformujemy Panią/Pana o tym (art. 18 ust. 3 RODO).
<#else>
Nie znaleźliśmy żadnych Pani/Pana danych osobowych, których przetwarzanie moglibyśmy ograniczyć.
</#if>
<#break>
<#case "OBJECTION">
<#if s.stopped?has_content>
Zaprzestaliśmy przetwarzania Pani/Pana danych osobowych w zakresie objętym Pani/Pana sprzeciwem (art. 21 RODO):
<#list s.stopped as i>
- ${i.category} (liczba wpisów: ${i.rows}): <#switch i.how><#case "DELETED">usunięto<#break><#case "ANONYMISED">usunięto dane umożliwiające identyfikację<#break><#default>nie są już wykorzystywane; przechowujemy je wyłącznie do czasu ich usunięcia</#switch>
</#list>
<#else>
Nie stwierdziliśmy przetwarzania Pani/Pana danych na podstawie naszego prawnie uzasadnionego interesu ani w celu marketingu bezpośredniego, więc nie trzeba było niczego wstrzymywać.
</#if>
<#if s.kept?has_content>
Nadal przetwarzamy następujące dane, ponieważ istnieją ważne prawnie uzasadnione podstawy ich przetwarzania, nadrzędne wobec Pani/Pana interesów (art. 21 ust. 1 RODO):
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "CONSENT_WITHDRAWAL">
<#if s.stopped?has_content>
Odnotowaliśmy wycofanie zgody i nie przetwarzamy już Pani/Pana danych na jej podstawie:
<@counted s.stopped/>
Wycofanie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonaliśmy przed jej wycofaniem (art. 7 ust. 3 RODO).
<#else>
Nie stwierdziliśmy przetwarzania Pani/Pana danych na podstawie Pani/Pana zgody.
</#if>
<#break>
<#case "ERASURE">
<#if s.stopped?has_content>
Usunęliśmy następujące Pani/Pana dane osobowe:
<#list s.stopped as i>
- ${i.category} (liczba wpisów: ${i.rows}): <#if i.how == "DELETED">usunięto<#else>usunięto dane umożliwiające identyfikację</#if>
</#list>
<#elseif !s.retained?has_content && !s.kept?has_content>
Nie znaleźliśmy żadnych Pani/Pana danych osobowych do usunięcia.
</#if>
<#if s.retained?has_content>
Przepisy prawa zobowiązują nas do przechowywania następujących danych; przechowujemy je wyłącznie w tym celu i usuniemy je po upływie wymaganego okresu:
<#list s.retained as i>
- ${i.category} (liczba wpisów: ${i.rows}): ${i.legalGround}
</#list>
</#if>
<#if s.kept?has_content>
Zachowujemy następujące dane, ponieważ są nam potrzebne do ustalenia, dochodzenia lub obrony roszczeń (art. 17 ust. 3 lit. e RODO):
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "AUTOMATED_DECISION">
Decyzję ponownie rozpatrzyła osoba z naszego zespołu. W każdej chwili może Pani/Pan przedstawić nam swoje stanowisko i zakwestionować decyzję (art. 22 ust. 3 RODO).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
<@byHand s/>
</#macro>

<#-- Pliki odpowiedzi wysłanej e-mailem, także jako linki do pobrania; tylko gdy list je zawiera. -->
<#macro downloads>
<#if downloadLinks?has_content>

Pobieranie danych
Pliki są załączone do tej wiadomości. Można je też pobrać za pomocą poniższych linków do dnia ${downloadLinksValidUntil} r. włącznie:
<#list downloadLinks as link>
- ${link.file}: ${link.url}
</#list>
Każdy, kto ma te linki, może otworzyć pliki, dlatego prosimy ich nie przekazywać dalej. Po tym dniu linki przestaną działać; jeśli będzie Pani/Pan potrzebować danych ponownie, wystarczy odpowiedzieć na tę wiadomość.
</#if>
</#macro>

<#-- Każde prawo, którego dotyczy żądanie, w kolejności z żądania: co zrobiliśmy albo że nie możemy tego zrobić i dlaczego. -->
<#macro outcomes>
<#list answer.sections as s>

${rightNames[s.right]?cap_first}
<#if s.fulfilled>
<@fulfilled s/>
<#else>
Tej części żądania nie możemy zrealizować. Powody:
<@reasonsOf s/>
</#if>
</#list>
<@art19/>
<#if explanation?? && !answer.sections?filter(s -> s.right == "QUESTION" && s.fulfilled)?has_content>

${explanation}
</#if>
<@downloads/>
</#macro>

<#macro signature>
Z poważaniem

<#if signedBy??>
${signedBy}
</#if>
Zespół ds. ochrony danych osobowych, ${controller.companyName}
${controller.address}
Kontakt w sprawach ochrony danych: ${controller.dataProtectionContact}
<#if controller.dpoName??>
Inspektor ochrony danych: ${controller.dpoName}
</#if>
Polityka prywatności: ${controller.privacyPolicyUrl}

W odpowiedzi prosimy podać numer sprawy: ${caseNumber}.
</#macro>
