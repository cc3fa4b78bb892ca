<#import "common.ftl" as c>
<#-- Odczytywane w całości, gdy dzwoniący wybierze tę opcję w menu IVR (art. 13 ust. 1 i 2); jedno zdanie w wierszu. -->
Słucha Pani/Pan pełnej informacji o tym, jak ${controller.companyName} wykorzystuje Pani/Pana dane osobowe, gdy dzwoni Pani/Pan do nas.
Administratorem danych jest ${controller.companyName}, ${controller.address}.
<#if controller.dpoName??>Z inspektorem ochrony danych, ${controller.dpoName}, może się Pani/Pan skontaktować pod adresem ${controller.dataProtectionContact}.<#else>W sprawach ochrony danych prosimy pisać na adres ${controller.dataProtectionContact}.</#if>
Informacje podane w rozmowie, numer telefonu i czas połączenia wykorzystujemy, aby załatwić Pani/Pana sprawę.
Podstawą prawną jest wykonanie umowy lub działania podjęte przed jej zawarciem (art. 6 ust. 1 lit. b RODO), a w innych sprawach nasz prawnie uzasadniony interes polegający na udzielaniu odpowiedzi klientom (art. 6 ust. 1 lit. f RODO).
Jeżeli pyta Pani/Pan o swoje dane osobowe lub korzysta z praw dotyczących tych danych, rozpatrujemy to żądanie, ponieważ zobowiązuje nas do tego RODO (<@c.requestBasis/>).
Jeżeli połączenie zostanie przerwane po tym, jak odebrał je nasz konsultant, możemy jeden raz oddzwonić na numer, z którego Pani/Pan dzwoni, wyłącznie po to, aby dokończyć tę rozmowę (art. 6 ust. 1 lit. f RODO).
<#if recordingBasis == "CONSENT">Rozmowę nagrywamy tylko wtedy, gdy na początku połączenia wyrazi Pani/Pan na to zgodę (art. 6 ust. 1 lit. a RODO); zgodę można w każdej chwili wycofać.<#else>Rozmowy nagrywamy na podstawie naszego prawnie uzasadnionego interesu (art. 6 ust. 1 lit. f RODO); może Pani/Pan wnieść sprzeciw wobec nagrywania.</#if>
Dane przetwarzają w naszym imieniu i na nasze polecenie dostawcy usług informatycznych i telekomunikacyjnych.
Dane z rozmowy przechowujemy tak długo, jak jest to potrzebne do załatwienia sprawy, a następnie tylko przez okresy wymagane przepisami lub potrzebne do obrony przed roszczeniami; poszczególne okresy podajemy w polityce prywatności.
Nie podejmujemy wobec Pani/Pana decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu.
Ma Pani/Pan prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do przenoszenia danych oraz prawo sprzeciwu wobec przetwarzania opartego na naszym prawnie uzasadnionym interesie.
Może Pani/Pan wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia; właściwym dla nas organem jest ${controller.supervisoryAuthority.name}.
Podanie danych jest dobrowolne, ale bez nich nie możemy załatwić Pani/Pana sprawy.
Pełna polityka prywatności jest dostępna na stronie ${controller.privacyPolicyUrl}
