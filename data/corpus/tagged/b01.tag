Russia/NNP shells/VBZ Kharkiv/NNP as/IN talks/NNS on/IN prisoner/NN exchange/NN stall/VBP in/IN Istanbul/NNP ,/, Kyiv/NNP says/VBZ
The/DT shelling/NN of/IN the/DT city/NN 's/POS northern/JJ districts/NNS lasted/VBD more/JJR than/IN six/CD hours/NNS and/CC left/VBD at/IN least/JJS nine/CD civilians/NNS dead/JJ ,/, the/DT regional/JJ governor/NN said/VBD ./.
Protests/NNS spread/VBP to/TO three/CD more/JJR cities/NNS as/IN police/NNS fire/VBP tear/NN gas/NN at/IN students/NNS
UN/NNP chief/NN calls/VBZ for/IN immediate/JJ ceasefire/NN in/IN eastern/JJ Congo/NNP as/IN M23/NNP rebels/NNS advance/VBP on/IN Uvira/NNP
The/DT secretary-general/NN 's/POS call/NN for/IN a/DT truce/NN was/VBD ignored/VBN by/IN both/DT sides/NNS ,/, and/CC fighting/NN resumed/VBD within/IN hours/NNS ,/, according/VBG to/TO residents/NNS reached/VBN by/IN telephone/NN in/IN the/DT besieged/VBN town/NN ./.
Rebels/NNS attack/VBP army/NN base/NN near/IN Goma/NNP ,/, killing/VBG 14/CD soldiers/NNS ,/, local/JJ officials/NNS say/VBP
Two/CD days/NNS after/IN the/DT ceasefire/NN collapsed/VBD ,/, the/DT attacks/NNS killed/VBD 12/CD people/NNS ,/, including/VBG four/CD children/NNS ,/, and/CC wounded/VBD dozens/NNS more/JJR ,/, according/VBG to/TO hospital/NN officials/NNS ./.
Militants/NNS have/VBP attacked/VBN convoys/NNS on/IN the/DT highway/NN almost/RB every/DT week/NN since/IN January/NNP ,/, and/CC the/DT road/NN is/VBZ now/RB used/VBN only/RB by/IN military/JJ vehicles/NNS travelling/VBG in/IN armed/JJ columns/NNS ./.
Dockworkers/NNS strike/VBP for/IN a/DT second/JJ day/NN ,/, halting/VBG exports/NNS from/IN the/DT port/NN
The/DT strike/NN by/IN dockworkers/NNS has/VBZ cost/VBN exporters/NNS an/DT estimated/VBN $/$ 40/CD million/CD a/DT day/NN ,/, and/CC shipping/NN lines/NNS have/VBP begun/VBN diverting/VBG vessels/NNS to/TO ports/NNS in/IN neighbouring/VBG countries/NNS ./.
Israeli/JJ jets/NNS struck/VBD targets/NNS in/IN southern/JJ Lebanon/NNP overnight/RB ,/, the/DT military/NN said/VBD ,/, after/IN rockets/NNS were/VBD fired/VBN across/IN the/DT border/NN ,/, injuring/VBG two/CD soldiers/NNS ./.
In/IN one/CD of/IN the/DT deadliest/JJS incidents/NNS of/IN the/DT war/NN ,/, an/DT air/NN strike/NN on/IN a/DT market/NN in/IN the/DT town/NN killed/VBD at/IN least/JJS 30/CD people/NNS on/IN Sunday/NNP ,/, residents/NNS said/VBD ./.
Drone/NN strikes/NNS hit/VBD two/CD oil/NN refineries/NNS in/IN the/DT Samara/NNP region/NN ,/, setting/VBG off/RP fires/NNS that/WDT burned/VBD for/IN most/JJS of/IN the/DT day/NN ,/, the/DT regional/JJ governor/NN said/VBD ./.
The/DT union/NN threatens/VBZ to/TO strike/VB if/IN the/DT government/NN does/VBZ not/RB raise/VB wages/NNS by/IN March/NNP ,/, a/DT move/NN that/WDT would/MD shut/VB down/RP schools/NNS and/CC hospitals/NNS across/IN the/DT country/NN ./.
Thousands/NNS protest/VBP in/IN Tbilisi/NNP against/IN foreign/JJ agents/NNS law/NN as/IN parliament/NN prepares/VBZ final/JJ vote/NN
Angered/VBN by/IN cheap/JJ imports/NNS and/CC new/JJ environmental/JJ rules/NNS ,/, farmers/NNS protested/VBD outside/IN the/DT European/NNP Parliament/NNP on/IN Thursday/NNP ,/, blocking/VBG roads/NNS with/IN tractors/NNS and/CC setting/VBG fire/NN to/TO bales/NNS of/IN hay/NN ./.
The/DT protest/NN was/VBD largely/RB peaceful/JJ until/IN a/DT small/JJ group/NN threw/VBD stones/NNS at/IN riot/NN police/NNS ,/, and/CC officers/NNS responded/VBD with/IN tear/NN gas/NN and/CC several/JJ arrests/NNS ./.
After/IN months/NNS of/IN quiet/JJ contacts/NNS through/IN European/JJ intermediaries/NNS ,/, Iran/NNP and/CC the/DT United/NNP States/NNPS will/MD hold/VB indirect/JJ talks/NNS in/IN Oman/NNP next/JJ week/NN ,/, diplomats/NNS said/VBD ./.
The/DT prime/JJ minister/NN talks/VBZ to/TO Macron/NNP by/IN phone/NN about/IN the/DT migrant/NN crisis/NN
Officials/NNS from/IN both/DT countries/NNS talked/VBD for/IN nearly/RB five/CD hours/NNS but/CC failed/VBD to/TO agree/VB on/IN a/DT timetable/NN ,/, and/CC they/PRP will/MD meet/VB again/RB in/IN Vienna/NNP at/IN the/DT end/NN of/IN the/DT month/NN ./.
Washington/NNP pressures/VBZ Cairo/NNP to/TO open/VB the/DT Rafah/NNP crossing/NN to/TO aid/NN trucks/NNS
The/DT pressure/NN on/IN the/DT central/JJ bank/NN to/TO cut/VB rates/NNS has/VBZ grown/VBN as/IN inflation/NN eases/VBZ ,/, but/CC the/DT governor/NN has/VBZ said/VBN the/DT bank/NN will/MD not/RB be/VB rushed/VBN ./.
Lawmakers/NNS said/VBD they/PRP had/VBD been/VBN pressured/VBN to/TO vote/VB for/IN the/DT budget/NN ,/, and/CC two/CD of/IN them/PRP said/VBD they/PRP had/VBD received/VBN threats/NNS after/IN voting/VBG against/IN it/PRP last/JJ year/NN ./.
As/IN the/DT crowd/NN moved/VBD toward/IN the/DT presidential/JJ palace/NN ,/, soldiers/NNS opened/VBD fire/NN on/IN demonstrators/NNS in/IN the/DT capital/NN ,/, killing/VBG at/IN least/JJS five/CD ,/, witnesses/NNS said/VBD ./.
Police/NNS fired/VBD rubber/NN bullets/NNS and/CC water/NN cannon/NN to/TO disperse/VB the/DT crowd/NN after/IN thousands/NNS tried/VBD to/TO break/VB through/IN barricades/NNS around/IN the/DT parliament/NN building/NN ./.
The/DT president/NN fires/VBZ his/PRP$ defence/NN minister/NN after/IN a/DT string/NN of/IN battlefield/NN losses/NNS
Late/RB on/IN Tuesday/NNP ,/, a/DT fire/NN broke/VBD out/RP at/IN an/DT ammunition/NN depot/NN in/IN Crimea/NNP after/IN a/DT drone/NN attack/NN ,/, Russian-installed/JJ officials/NNS said/VBD ./.
Artillery/NN shells/NNS landed/VBD near/IN a/DT school/NN in/IN Donetsk/NNP on/IN Monday/NNP morning/NN ,/, shattering/VBG windows/NNS but/CC causing/VBG no/DT casualties/NNS because/IN the/DT children/NNS had/VBD already/RB gone/VBN home/RB ./.
Over/IN the/DT weekend/NN ,/, Russian/JJ forces/NNS shelled/VBD the/DT town/NN of/IN Kupiansk/NNP 42/CD times/NNS in/IN 24/CD hours/NNS ,/, the/DT regional/JJ administration/NN reported/VBD ,/, adding/VBG that/IN a/DT hospital/NN and/CC two/CD schools/NNS had/VBD been/VBN hit/VBN and/CC that/IN the/DT town/NN 's/POS last/JJ bakery/NN had/VBD closed/VBN ./.
The/DT army/NN shells/VBZ rebel/NN positions/NNS in/IN the/DT hills/NNS above/IN the/DT city/NN
Ukraine/NNP is/VBZ running/VBG short/JJ of/IN artillery/NN shells/NNS ,/, and/CC its/PRP$ gunners/NNS have/VBP been/VBN told/VBN to/TO ration/VB them/PRP ,/, according/VBG to/TO officers/NNS at/IN the/DT front/NN who/WP spoke/VBD on/IN condition/NN of/IN anonymity/NN ./.
Warplanes/NNS bomb/VBP rebel-held/JJ town/NN for/IN third/JJ straight/JJ day/NN
A/DT bomb/NN hidden/VBN in/IN a/DT motorcycle/NN exploded/VBD near/IN a/DT checkpoint/NN in/IN Mogadishu/NNP ,/, killing/VBG three/CD soldiers/NNS ,/, police/NNS said/VBD ,/, in/IN the/DT third/JJ such/JJ attack/NN in/IN the/DT capital/NN this/DT month/NN ./.
Coalition/NN aircraft/NN bombed/VBD a/DT bridge/NN used/VBN by/IN militants/NNS to/TO move/VB weapons/NNS and/CC fuel/NN from/IN across/IN the/DT border/NN ,/, the/DT coalition/NN said/VBD in/IN a/DT statement/NN on/IN Sunday/NNP ./.
The/DT bombing/NN of/IN the/DT bridge/NN cut/VBD the/DT main/JJ supply/NN route/NN into/IN the/DT city/NN ,/, leaving/VBG about/RB 80,000/CD people/NNS dependent/JJ on/IN a/DT single/JJ dirt/NN road/NN through/IN the/DT hills/NNS ./.
Pilots/NNS kept/VBD bombing/VBG the/DT area/NN even/RB after/IN the/DT ceasefire/NN took/VBD effect/NN ,/, the/DT monitors/NNS said/VBD in/IN a/DT report/NN released/VBN on/IN Friday/NNP ,/, which/WDT listed/VBD 31/CD separate/JJ violations/NNS in/IN the/DT first/JJ week/NN alone/RB and/CC called/VBD on/IN both/DT governments/NNS to/TO punish/VB those/DT responsible/JJ ./.
Western/JJ allies/NNS agree/VBP to/TO arm/VB Kyiv/NNP with/IN longer-range/JJ missiles/NNS
In/IN the/DT past/JJ year/NN ,/, the/DT government/NN has/VBZ armed/VBN village/NN militias/NNS to/TO fight/VB the/DT insurgents/NNS ,/, a/DT move/NN critics/NNS say/VBP will/MD fuel/VB more/JJR violence/NN ./.
The/DT military/JJ wing/NN of/IN the/DT party/NN refused/VBD to/TO lay/VB down/RP its/PRP$ arms/NNS ,/, despite/IN months/NNS of/IN talks/NNS brokered/VBN by/IN church/NN leaders/NNS and/CC tribal/JJ elders/NNS ./.
Gunmen/NNS armed/VBN with/IN rifles/NNS and/CC machetes/NNS raided/VBD the/DT village/NN before/IN dawn/NN ,/, burning/VBG houses/NNS and/CC driving/VBG off/RP hundreds/NNS of/IN cattle/NNS ,/, survivors/NNS told/VBD local/JJ radio/NN ./.
He/PRP was/VBD shot/VBN in/IN the/DT arm/NN and/CC taken/VBN to/TO hospital/NN ,/, where/WRB doctors/NNS said/VBD his/PRP$ condition/NN was/VBD stable/JJ ,/, but/CC a/DT second/JJ man/NN who/WP was/VBD shot/VBN in/IN the/DT same/JJ incident/NN died/VBD on/IN the/DT way/NN ./.
Security/NN forces/NNS forced/VBD hundreds/NNS of/IN families/NNS from/IN their/PRP$ homes/NNS in/IN the/DT border/NN district/NN ,/, and/CC many/JJ of/IN them/PRP are/VBP now/RB sleeping/VBG in/IN schools/NNS and/CC churches/NNS in/IN the/DT provincial/JJ capital/NN ./.
The/DT junta/NN forces/VBZ out/RP French/JJ troops/NNS and/CC turns/VBZ to/TO Moscow/NNP
The/DT use/NN of/IN force/NN against/IN peaceful/JJ protesters/NNS can/MD never/RB be/VB justified/VBN ,/, said/VBD the/DT statement/NN ,/, which/WDT was/VBD signed/VBN by/IN 40/CD former/JJ judges/NNS and/CC diplomats/NNS ./.
Islamic/NNP State/NNP claims/VBZ responsibility/NN for/IN mosque/NN bombing/NN in/IN northern/JJ Afghanistan/NNP
The/DT group/NN 's/POS claim/NN could/MD not/RB be/VB independently/RB verified/VBN ,/, and/CC the/DT statement/NN contained/VBD several/JJ details/NNS that/WDT did/VBD not/RB match/VB accounts/NNS from/IN witnesses/NNS ./.
Russia/NNP claimed/VBD to/TO have/VB captured/VBN two/CD more/JJR villages/NNS ,/, but/CC Ukraine/NNP denied/VBD the/DT claims/NNS ,/, saying/VBG its/PRP$ troops/NNS still/RB held/VBD positions/NNS on/IN the/DT edge/NN of/IN both/DT settlements/NNS ./.
The/DT opposition/NN calls/VBZ a/DT general/JJ strike/NN for/IN Monday/NNP to/TO protest/VB fuel/NN price/NN rises/NNS
Calls/NNS for/IN an/DT independent/JJ inquiry/NN grew/VBD louder/JJR after/IN the/DT video/NN was/VBD posted/VBN online/RB ,/, with/IN church/NN leaders/NNS and/CC two/CD former/JJ presidents/NNS joining/VBG the/DT chorus/NN ./.
The/DT minister/NN called/VBD the/DT report/NN "/" a/DT pack/NN of/IN lies/NNS "/" and/CC said/VBD he/PRP would/MD sue/VB the/DT newspaper/NN that/WDT published/VBD it/PRP ,/, which/WDT had/VBD accused/VBN him/PRP of/IN awarding/VBG contracts/NNS worth/JJ $/$ 12/CD million/CD to/TO companies/NNS owned/VBN by/IN his/PRP$ brother/NN ./.
Tehran/NNP plans/VBZ to/TO expand/VB uranium/NN enrichment/NN ,/, IAEA/NNP report/NN shows/VBZ
Under/IN the/DT plan/NN ,/, displaced/VBN families/NNS would/MD be/VB allowed/VBN to/TO return/VB to/TO the/DT north/NN of/IN the/DT strip/NN ,/, but/CC only/RB after/IN engineers/NNS had/VBD cleared/VBN unexploded/JJ bombs/NNS from/IN the/DT main/JJ roads/NNS ./.
Investigators/NNS believe/VBP the/DT attackers/NNS planned/VBD the/DT raid/NN for/IN months/NNS ,/, using/VBG a/DT model/NN of/IN the/DT compound/NN built/VBN on/IN a/DT farm/NN outside/IN the/DT city/NN to/TO rehearse/VB ./.
Donors/NNS pledge/VBP $/$ 1.5/CD billion/CD in/IN aid/NN for/IN Sudan/NNP
Aid/NN trucks/NNS have/VBP not/RB been/VBN able/JJ to/TO reach/VB the/DT camp/NN since/IN the/DT road/NN was/VBD cut/VBN ,/, and/CC the/DT few/JJ supplies/NNS that/WDT remain/VBP are/VBP being/VBG rationed/VBN by/IN camp/NN leaders/NNS ./.
Cuba/NNP accused/VBD Washington/NNP of/IN aiding/VBG the/DT protesters/NNS ,/, a/DT charge/NN the/DT State/NNP Department/NNP rejected/VBD ,/, saying/VBG the/DT unrest/NN had/VBD been/VBN caused/VBN by/IN shortages/NNS of/IN food/NN and/CC power/NN ./.
Prosecutors/NNS charge/VBP former/JJ minister/NN with/IN bribery/NN over/IN airport/NN contract/NN
He/PRP was/VBD charged/VBN with/IN treason/NN and/CC faces/VBZ up/IN to/TO 20/CD years/NNS in/IN prison/NN if/IN he/PRP is/VBZ convicted/VBN by/IN the/DT military/JJ tribunal/NN that/WDT will/MD hear/VB his/PRP$ case/NN ./.
All/DT charges/NNS against/IN the/DT journalist/NN were/VBD dropped/VBN on/IN Friday/NNP ,/, two/CD years/NNS after/IN she/PRP was/VBD arrested/VBN at/IN her/PRP$ home/NN in/IN the/DT capital/NN ./.
Hezbollah/NNP threatens/VBZ to/TO widen/VB the/DT conflict/NN if/IN Israel/NNP invades/VBZ ,/, group/NN 's/POS deputy/NN leader/NN says/VBZ
The/DT threat/NN of/IN a/DT wider/JJR war/NN has/VBZ pushed/VBN oil/NN prices/NNS to/TO their/PRP$ highest/JJS level/NN this/DT year/NN ,/, as/IN traders/NNS worry/VBP about/IN supplies/NNS from/IN the/DT Gulf/NNP ./.
North/NNP Korea/NNP threatened/VBD on/IN Wednesday/NNP to/TO shoot/VB down/RP any/DT American/JJ spy/NN plane/NN that/WDT entered/VBD its/PRP$ airspace/NN ,/, a/DT day/NN after/IN a/DT U.S./NNP reconnaissance/NN aircraft/NN flew/VBD over/IN the/DT Yellow/NNP Sea/NNP ./.
The/DT general/NN ordered/VBD his/PRP$ troops/NNS to/TO withdraw/VB from/IN the/DT airport/NN ,/, a/DT decision/NN that/WDT surprised/VBD the/DT commanders/NNS who/WP had/VBD held/VBN it/PRP for/IN three/CD weeks/NNS ./.
Court/NN orders/VBZ release/NN of/IN detained/VBN opposition/NN leader/NN ,/, citing/VBG lack/NN of/IN evidence/NN
Officials/NNS admitted/VBD that/IN the/DT order/NN to/TO evacuate/VB came/VBD too/RB late/RB for/IN many/JJ residents/NNS ,/, who/WP were/VBD trapped/VBN by/IN the/DT floodwaters/NNS ./.
EU/NNP sanctions/VBZ Russian/JJ shipping/NN firms/NNS over/IN oil/NN price/NN cap/NN
The/DT sanctions/NNS ,/, which/WDT took/VBD effect/NN at/IN midnight/NN ,/, target/VBP banks/NNS ,/, shipping/NN firms/NNS and/CC three/CD steel/NN producers/NNS in/IN Russia/NNP and/CC Belarus/NNP ./.
Britain/NNP sanctioned/VBD six/CD Iranian/JJ officials/NNS it/PRP accuses/VBZ of/IN organising/VBG the/DT crackdown/NN ,/, including/VBG the/DT head/NN of/IN the/DT police/NNS unit/NN that/WDT detained/VBD the/DT student/NN protest/NN leaders/NNS in/IN January/NNP ./.
Washington/NNP warns/VBZ Beijing/NNP against/IN arming/VBG Russia/NNP in/IN blunt/JJ message/NN before/IN summit/NN
The/DT weather/NN service/NN issued/VBD a/DT warning/NN for/IN heavy/JJ rain/NN ,/, and/CC officials/NNS warned/VBD people/NNS living/VBG near/IN the/DT river/NN to/TO leave/VB ,/, as/IN the/DT water/NN rose/VBD by/IN more/JJR than/IN a/DT metre/NN in/IN six/CD hours/NNS ./.
Germany/NNP backs/VBZ plan/NN to/TO use/VB frozen/VBN Russian/JJ assets/NNS for/IN Ukraine/NNP
The/DT rebels/NNS ,/, backed/VBN by/IN Rwanda/NNP ,/, now/RB control/VBP most/JJS of/IN the/DT province/NN ,/, including/VBG the/DT mines/NNS that/WDT produce/VBP much/JJ of/IN the/DT world/NN 's/POS coltan/NN ./.
The/DT soldiers/NNS were/VBD forced/VBN back/RB across/IN the/DT river/NN ,/, and/CC the/DT village/NN fell/VBD the/DT next/JJ day/NN ,/, according/VBG to/TO soldiers/NNS who/WP took/VBD part/NN in/IN the/DT retreat/NN ./.
The/DT bill/NN has/VBZ the/DT backing/NN of/IN both/DT major/JJ parties/NNS ,/, which/WDT makes/VBZ it/PRP almost/RB certain/JJ to/TO pass/VB when/WRB it/PRP comes/VBZ to/TO a/DT vote/NN next/JJ week/NN ./.
Chinese/JJ leader/NN visits/VBZ Serbia/NNP and/CC Hungary/NNP on/IN European/JJ tour/NN
It/PRP was/VBD the/DT pope/NN 's/POS first/JJ visit/NN to/TO the/DT region/NN in/IN more/JJR than/IN a/DT decade/NN ,/, and/CC tens/NNS of/IN thousands/NNS of/IN people/NNS lined/VBD the/DT road/NN from/IN the/DT airport/NN ./.
The/DT envoy/NN visited/VBD the/DT refugee/NN camp/NN and/CC met/VBD families/NNS who/WP had/VBD fled/VBN the/DT fighting/NN ,/, promising/VBG them/PRP that/IN the/DT world/NN had/VBD not/RB forgotten/VBN them/PRP ./.
Two/CD years/NNS into/IN the/DT conflict/NN ,/, public/JJ support/NN for/IN the/DT war/NN has/VBZ fallen/VBN sharply/RB ,/, a/DT new/JJ poll/NN shows/VBZ ,/, with/IN only/RB 38/CD percent/NN of/IN respondents/NNS saying/VBG the/DT government/NN should/MD keep/VB sending/VBG troops/NNS to/TO the/DT south/NN ./.
Most/JJS Republicans/NNPS support/VBP the/DT aid/NN package/NN ,/, but/CC a/DT vocal/JJ minority/NN that/WDT has/VBZ blocked/VBN similar/JJ bills/NNS twice/RB this/DT year/NN opposes/VBZ it/PRP ./.
The/DT militia/NN is/VBZ supported/VBN by/IN Iran/NNP and/CC supplied/VBN through/IN Iraq/NNP ,/, U.S./NNP officials/NNS say/VBP ,/, although/IN Tehran/NNP denies/VBZ any/DT link/NN to/TO the/DT group/NN ./.
Mbappe/NNP leads/VBZ France/NNP past/IN Belgium/NNP
The/DT opposition/NN candidate/NN holds/VBZ a/DT narrow/JJ lead/NN with/IN 80/CD percent/NN of/IN ballots/NNS counted/VBN ,/, though/IN results/NNS from/IN the/DT rural/JJ north/NN could/MD still/RB change/VB the/DT picture/NN ./.
The/DT raid/NN was/VBD led/VBN by/IN special/JJ forces/NNS acting/VBG on/IN a/DT tip/NN from/IN a/DT local/JJ informant/NN ,/, who/WP had/VBD been/VBN paid/VBN for/IN information/NN in/IN the/DT past/NN ./.
Police/NNS are/VBP following/VBG several/JJ leads/NNS but/CC have/VBP made/VBN no/DT arrests/NNS ,/, more/JJR than/IN a/DT week/NN after/IN the/DT gallery/NN was/VBD robbed/VBN in/IN broad/JJ daylight/NN ./.
Military/NN rules/VBZ out/RP talks/NNS with/IN armed/JJ groups/NNS
The/DT generals/NNS ruled/VBD the/DT country/NN for/IN 16/CD years/NNS after/IN the/DT 1974/CD coup/NN ,/, jailing/VBG thousands/NNS of/IN opponents/NNS and/CC banning/VBG all/DT political/JJ parties/NNS ./.
Under/IN the/DT new/JJ rules/NNS ,/, foreign/JJ journalists/NNS must/MD obtain/VB a/DT permit/NN before/IN travelling/VBG to/TO the/DT region/NN ,/, and/CC those/DT who/WP break/VBP the/DT rules/NNS can/MD be/VB expelled/VBN ./.
A/DT court/NN ruled/VBD on/IN Tuesday/NNP that/IN the/DT ban/NN was/VBD unconstitutional/JJ ,/, handing/VBG a/DT victory/NN to/TO the/DT opposition/NN groups/NNS that/WDT had/VBD challenged/VBN it/PRP ./.
Protesters/NNS demand/VBP resignation/NN of/IN interior/NN minister/NN
Their/PRP$ main/JJ demand/NN is/VBZ the/DT release/NN of/IN political/JJ prisoners/NNS ,/, but/CC they/PRP also/RB want/VBP an/DT independent/JJ inquiry/NN into/IN the/DT deaths/NNS of/IN at/IN least/JJS 30/CD protesters/NNS ./.
Kidnappers/NNS demanded/VBD a/DT ransom/NN of/IN $/$ 500,000/CD for/IN the/DT release/NN of/IN the/DT engineers/NNS ,/, who/WP were/VBD seized/VBN from/IN a/DT work/NN camp/NN near/IN the/DT pipeline/NN in/IN March/NNP ./.
Hamas/NNP offers/VBZ to/TO free/VB hostages/NNS in/IN exchange/NN for/IN longer/JJR truce/NN
Within/IN hours/NNS ,/, Kyiv/NNP rejected/VBD the/DT offer/NN ,/, saying/VBG it/PRP would/MD freeze/VB the/DT front/NN line/NN in/IN Russia/NNP 's/POS favour/NN and/CC leave/VB millions/NNS of/IN Ukrainians/NNPS living/VBG under/IN occupation/NN for/IN years/NNS to/TO come/VB ./.
The/DT family/NN appealed/VBD for/IN information/NN about/IN the/DT missing/JJ aid/NN worker/NN ,/, who/WP disappeared/VBD while/IN driving/VBG between/IN two/CD villages/NNS in/IN the/DT north/NN of/IN the/DT country/NN last/JJ month/NN ./.
The/DT UN/NNP launched/VBD an/DT appeal/NN for/IN $/$ 2.7/CD billion/CD to/TO help/VB people/NNS affected/VBN by/IN the/DT drought/NN ,/, warning/VBG that/IN without/IN new/JJ money/NN food/NN rations/NNS would/MD be/VB cut/VBN by/IN half/NN ./.
Police/NNS raid/VBP offices/NNS of/IN independent/JJ newspaper/NN in/IN Istanbul/NNP
Dozens/NNS of/IN people/NNS were/VBD detained/VBN in/IN dawn/NN raids/NNS across/IN the/DT province/NN ,/, and/CC most/JJS of/IN them/PRP were/VBD later/RB released/VBN without/IN charge/NN ./.
Veterans/NNS march/VBP on/IN parliament/NN to/TO demand/VB unpaid/JJ pensions/NNS
The/DT march/NN ,/, which/WDT organisers/NNS said/VBD drew/VBD 200,000/CD people/NNS ,/, ended/VBD peacefully/RB in/IN front/NN of/IN the/DT cathedral/NN ,/, although/IN police/NNS put/VBD the/DT figure/NN at/IN fewer/JJR than/IN 50,000/CD ./.
Supporters/NNS of/IN the/DT jailed/VBN leader/NN rallied/VBD in/IN at/IN least/JJS 50/CD towns/NNS on/IN Sunday/NNP ,/, chanting/VBG his/PRP$ name/NN and/CC demanding/VBG his/PRP$ release/NN from/IN prison/NN ./.
The/DT rally/NN in/IN the/DT main/JJ square/NN was/VBD the/DT largest/JJS since/IN the/DT election/NN ,/, with/IN people/NNS spilling/VBG into/IN the/DT side/NN streets/NNS long/RB after/IN dark/NN ./.
Opposition/NN rallies/NNS have/VBP been/VBN banned/VBN in/IN the/DT capital/NN since/IN March/NNP ,/, when/WRB a/DT rally/NN against/IN the/DT new/JJ tax/NN law/NN ended/VBD in/IN violence/NN ./.
The/DT president/NN rallies/VBZ supporters/NNS in/IN his/PRP$ home/NN state/NN ahead/RB of/IN runoff/NN
Israel/NNP releases/VBZ 90/CD Palestinian/JJ prisoners/NNS under/IN truce/NN deal/NN
The/DT release/NN of/IN the/DT three/CD aid/NN workers/NNS was/VBD negotiated/VBN by/IN Qatar/NNP ,/, a/DT Western/JJ diplomat/NN said/VBD ,/, adding/VBG that/IN the/DT three/CD men/NNS were/VBD in/IN good/JJ health/NN and/CC would/MD be/VB flown/VBN home/RB on/IN a/DT military/JJ plane/NN later/RB in/IN the/DT week/NN ./.
The/DT ministry/NN released/VBD a/DT video/NN that/WDT it/PRP said/VBD showed/VBD the/DT destruction/NN of/IN a/DT radar/NN station/NN in/IN the/DT Belgorod/NNP region/NN ./.
Journalists/NNS who/WP report/VBP on/IN corruption/NN face/VBP threats/NNS and/CC lawsuits/NNS ,/, the/DT watchdog/NN said/VBD ,/, adding/VBG that/IN six/CD reporters/NNS had/VBD been/VBN killed/VBN in/IN the/DT country/NN since/IN 2020/CD ./.
A/DT UN/NNP report/NN published/VBN on/IN Monday/NNP found/VBD that/IN both/DT sides/NNS had/VBD committed/VBN war/NN crimes/NNS during/IN the/DT siege/NN of/IN the/DT city/NN ,/, including/VBG the/DT use/NN of/IN starvation/NN as/IN a/DT weapon/NN ./.
State/NN media/NNS reported/VBD that/IN the/DT talks/NNS had/VBD been/VBN "/" constructive/JJ "/" and/CC that/IN both/DT sides/NNS had/VBD agreed/VBN to/TO meet/VB again/RB in/IN Geneva/NNP before/IN the/DT end/NN of/IN the/DT month/NN to/TO discuss/VB a/DT possible/JJ exchange/NN of/IN prisoners/NNS ./.
The/DT blaze/NN was/VBD brought/VBN under/IN control/NN by/IN early/JJ afternoon/NN ,/, and/CC there/EX were/VBD no/DT reports/NNS of/IN casualties/NNS ,/, the/DT fire/NN service/NN said/VBD ./.
Kurdish/JJ fighters/NNS fight/VBP off/RP Islamic/NNP State/NNP assault/NN on/IN prison/NN
The/DT fight/NN for/IN control/NN of/IN the/DT airport/NN has/VBZ lasted/VBN nearly/RB a/DT week/NN ,/, and/CC both/DT sides/NNS have/VBP suffered/VBN heavy/JJ losses/NNS ./.
The/DT two/CD factions/NNS fought/VBD for/IN control/NN of/IN the/DT oil/NN fields/NNS throughout/IN the/DT summer/NN ,/, leaving/VBG hundreds/NNS dead/JJ and/CC production/NN at/IN a/DT standstill/NN ./.
Heavy/JJ fighting/NN was/VBD reported/VBN around/IN the/DT town/NN of/IN Pokrovsk/NNP ,/, where/WRB Russian/JJ units/NNS have/VBP been/VBN advancing/VBG for/IN weeks/NNS and/CC where/WRB the/DT last/JJ civilians/NNS are/VBP being/VBG urged/VBN to/TO leave/VB while/IN the/DT roads/NNS are/VBP still/RB open/JJ ./.
In/IN interviews/NNS ,/, soldiers/NNS fighting/VBG in/IN the/DT east/NN say/VBP they/PRP need/VBP more/JJR ammunition/NN and/CC rest/NN before/IN the/DT winter/NN sets/VBZ in/RP ./.
Protesters/NNS clash/VBP with/IN police/NNS in/IN Nairobi/NNP over/IN tax/NN bill/NN
Clashes/NNS between/IN rival/JJ militias/NNS killed/VBD at/IN least/JJS 17/CD people/NNS in/IN Tripoli/NNP overnight/RB ,/, the/DT worst/JJS violence/NN in/IN the/DT Libyan/JJ capital/NN in/IN more/JJR than/IN a/DT year/NN ./.
Armenian/JJ and/CC Azerbaijani/JJ troops/NNS clashed/VBD along/IN the/DT border/NN for/IN a/DT second/JJ day/NN ,/, each/DT side/NN blaming/VBG the/DT other/JJ for/IN starting/VBG the/DT shooting/NN that/WDT killed/VBD at/IN least/JJS four/CD soldiers/NNS ./.
Each/DT clash/NN makes/VBZ a/DT lasting/JJ settlement/NN harder/JJR to/TO reach/VB ,/, analysts/NNS say/VBP ,/, and/CC the/DT mediators/NNS are/VBP running/VBG out/IN of/IN ideas/NNS ./.
Leaders/NNS strike/VBP deal/NN on/IN grain/NN exports/NNS through/IN the/DT Black/NNP Sea/NNP
The/DT deal/NN ,/, brokered/VBN by/IN Turkey/NNP and/CC the/DT United/NNP Nations/NNPS ,/, allowed/VBD ships/NNS to/TO leave/VB three/CD Ukrainian/JJ ports/NNS ,/, but/CC it/PRP collapsed/VBD a/DT year/NN later/RB when/WRB Moscow/NNP pulled/VBD out/RP ./.
The/DT new/JJ agency/NN will/MD deal/VB with/IN complaints/NNS against/IN the/DT police/NNS ,/, replacing/VBG an/DT internal/JJ office/NN that/WDT critics/NNS said/VBD had/VBD rarely/RB punished/VBN officers/NNS ./.
Lawmakers/NNS vote/VBP to/TO extend/VB martial/JJ law/NN for/IN another/DT 90/CD days/NNS
The/DT vote/NN was/VBD 62/CD to/TO 38/CD ,/, with/IN four/CD abstentions/NNS ,/, and/CC the/DT measure/NN now/RB goes/VBZ to/TO the/DT upper/JJ house/NN ./.
Citizens/NNS voted/VBD in/IN large/JJ numbers/NNS despite/IN threats/NNS from/IN armed/JJ groups/NNS ,/, and/CC turnout/NN was/VBD above/IN 60/CD percent/NN in/IN most/JJS districts/NNS ,/, observers/NNS said/VBD ./.
More/JJR than/IN half/NN of/IN the/DT votes/NNS have/VBP been/VBN counted/VBN ,/, the/DT election/NN commission/NN said/VBD on/IN its/PRP$ website/NN ,/, and/CC the/DT final/JJ results/NNS are/VBP expected/VBN on/IN Thursday/NNP ,/, a/DT day/NN later/RB than/IN planned/VBN ,/, because/IN of/IN delays/NNS in/IN remote/JJ areas/NNS ./.
Rebels/NNS control/VBP the/DT main/JJ road/NN into/IN the/DT city/NN ,/, and/CC the/DT army/NN has/VBZ failed/VBN to/TO dislodge/VB them/PRP despite/IN two/CD weeks/NNS of/IN air/NN strikes/NNS and/CC the/DT arrival/NN of/IN reinforcements/NNS from/IN the/DT north/NN ./.
Government/NN forces/NNS regained/VBD control/NN of/IN the/DT airport/NN after/IN three/CD days/NNS of/IN fighting/NN ,/, allowing/VBG the/DT first/JJ relief/NN flights/NNS to/TO land/VB on/IN Saturday/NNP ./.
The/DT area/NN is/VBZ controlled/VBN by/IN a/DT Turkish-backed/JJ faction/NN that/WDT has/VBZ been/VBN accused/VBN of/IN looting/VBG homes/NNS and/CC seizing/VBG farmland/NN from/IN Kurdish/JJ families/NNS ./.
Export/NN controls/NNS on/IN advanced/JJ chips/NNS were/VBD tightened/VBN in/IN October/NNP ,/, and/CC China/NNP responded/VBD by/IN restricting/VBG exports/NNS of/IN two/CD rare/JJ metals/NNS used/VBN in/IN electronics/NNS ./.
Ghana/NNP bans/VBZ imports/NNS of/IN used/VBN cars/NNS older/JJR than/IN ten/CD years/NNS
The/DT ban/NN on/IN public/JJ gatherings/NNS will/MD remain/VB in/IN place/NN until/IN the/DT end/NN of/IN the/DT month/NN ,/, the/DT interior/NN ministry/NN said/VBD ,/, warning/VBG that/IN anyone/NN who/WP joins/VBZ an/DT unauthorised/JJ protest/NN could/MD face/VB up/IN to/TO three/CD years/NNS in/IN prison/NN ./.
The/DT party/NN was/VBD banned/VBN in/IN 2019/CD and/CC its/PRP$ leaders/NNS were/VBD sent/VBN into/IN exile/NN ,/, where/WRB some/DT of/IN them/PRP still/RB run/VBP a/DT television/NN channel/NN ./.
Truckers/NNS block/VBP border/NN crossings/NNS in/IN protest/NN at/IN new/JJ fuel/NN tax/NN
On/IN Wednesday/NNP ,/, demonstrators/NNS blocked/VBD the/DT main/JJ highway/NN for/IN several/JJ hours/NNS before/IN police/NNS cleared/VBD it/PRP using/VBG bulldozers/NNS and/CC tear/NN gas/NN ./.
The/DT ruling/VBG bloc/NN controls/VBZ 240/CD of/IN the/DT 450/CD seats/NNS ,/, giving/VBG it/PRP enough/JJ votes/NNS to/TO pass/VB most/JJS laws/NNS but/CC not/RB to/TO change/VB the/DT constitution/NN ./.
Drones/NNS target/VBP power/NN grid/NN as/IN winter/NN approaches/VBZ
The/DT main/JJ target/NN of/IN the/DT strike/NN was/VBD a/DT command/NN post/NN ,/, the/DT army/NN said/VBD in/IN a/DT statement/NN ,/, adding/VBG that/IN no/DT civilians/NNS had/VBD been/VBN in/IN the/DT area/NN ./.
The/DT hackers/NNS targeted/VBD hospitals/NNS and/CC water/NN utilities/NNS in/IN at/IN least/JJS six/CD states/NNS ,/, demanding/VBG ransoms/NNS that/WDT ran/VBD into/IN millions/NNS of/IN dollars/NNS ./.
Officials/NNS said/VBD the/DT journalists/NNS had/VBD been/VBN deliberately/RB targeted/VBN by/IN the/DT drone/NN ,/, which/WDT struck/VBD their/PRP$ car/NN even/RB though/IN it/PRP was/VBD clearly/RB marked/VBN "/" Press/NN "/" ./.
The/DT government/NN has/VBZ missed/VBN its/PRP$ deficit/NN target/NN for/IN the/DT third/JJ year/NN in/IN a/DT row/NN ,/, and/CC ratings/NNS agencies/NNS have/VBP warned/VBN of/IN a/DT downgrade/NN ./.
Beijing/NNP courts/VBZ Gulf/NNP states/NNS with/IN trade/NN and/CC security/NN offers/NNS
The/DT court/NN sentenced/VBD him/PRP to/TO eight/CD years/NNS in/IN prison/NN for/IN spreading/VBG "/" false/JJ information/NN "/" about/IN the/DT army/NN ,/, a/DT charge/NN his/PRP$ supporters/NNS called/VBD absurd/JJ ./.
Egypt/NNP hosts/VBZ talks/NNS between/IN Israeli/JJ and/CC Hamas/NNP negotiators/NNS
The/DT country/NN is/VBZ host/NN to/TO more/JJR than/IN a/DT million/CD refugees/NNS ,/, most/JJS of/IN them/PRP from/IN Syria/NNP and/CC Iraq/NNP ,/, and/CC its/PRP$ schools/NNS are/VBP struggling/VBG to/TO cope/VB ./.
Qatar/NNP ,/, which/WDT hosted/VBD the/DT last/JJ round/NN of/IN negotiations/NNS ,/, has/VBZ said/VBN it/PRP is/VBZ ready/JJ to/TO do/VB so/RB again/RB if/IN both/DT sides/NNS show/VBP that/IN they/PRP are/VBP serious/JJ about/IN reaching/VBG a/DT deal/NN ./.
Top/JJ diplomat/NN heads/VBZ to/TO Beijing/NNP for/IN talks/NNS on/IN trade/NN
The/DT heads/NNS of/IN the/DT army/NN ,/, navy/NN and/CC air/NN force/NN were/VBD all/DT replaced/VBN in/IN a/DT purge/NN that/WDT followed/VBD the/DT failed/VBN coup/NN attempt/NN in/IN July/NNP ./.
The/DT president/NN said/VBD on/IN Monday/NNP that/IN she/PRP will/MD head/VB a/DT commission/NN looking/VBG into/IN the/DT collapse/NN of/IN the/DT bridge/NN ,/, which/WDT killed/VBD nine/CD people/NNS in/IN May/NNP ./.
The/DT former/JJ mayor/NN faces/VBZ trial/NN on/IN corruption/NN charges/NNS next/JJ month/NN ,/, nearly/RB three/CD years/NNS after/IN he/PRP was/VBD first/RB arrested/VBN ./.
Hundreds/NNS of/IN thousands/NNS of/IN refugees/NNS face/VBP a/DT harsh/JJ winter/NN in/IN tents/NNS ,/, aid/NN agencies/NNS warn/VBP after/IN the/DT main/JJ supply/NN route/NN was/VBD closed/VBN by/IN fighting/NN ./.
The/DT new/JJ face/NN of/IN the/DT party/NN is/VBZ a/DT 34-year-old/JJ former/JJ teacher/NN who/WP entered/VBD politics/NNS only/RB two/CD years/NNS ago/RB ./.
Thousands/NNS mark/VBP tenth/JJ anniversary/NN of/IN the/DT uprising/NN
The/DT shooting/NN marks/VBZ the/DT deadliest/JJS attack/NN on/IN the/DT city/NN in/IN a/DT decade/NN and/CC comes/VBZ after/IN a/DT year/NN in/IN which/WDT gun/NN violence/NN had/VBD fallen/VBN steadily/RB ./.
Inflation/NN topped/VBD the/DT 10/CD percent/NN mark/NN for/IN the/DT first/JJ time/NN since/IN 1982/CD ,/, driven/VBN by/IN the/DT soaring/VBG cost/NN of/IN food/NN and/CC fuel/NN ./.
Analysts/NNS say/VBP the/DT move/NN is/VBZ likely/JJ to/TO anger/VB Beijing/NNP ,/, which/WDT claims/VBZ the/DT island/NN as/IN its/PRP$ own/JJ and/CC has/VBZ threatened/VBN to/TO cut/VB trade/NN ties/NNS with/IN any/DT country/NN that/WDT recognises/VBZ its/PRP$ government/NN ./.
Moscow/NNP moves/VBZ nuclear/JJ weapons/NNS closer/RBR to/TO NATO/NNP border/NN
Troops/NNS moved/VBD into/IN the/DT town/NN overnight/RB and/CC set/VBD up/RP checkpoints/NNS on/IN every/DT road/NN ,/, searching/VBG cars/NNS and/CC checking/VBG the/DT papers/NNS of/IN every/DT man/NN of/IN fighting/NN age/NN ./.
Over/IN the/DT next/JJ decade/NN ,/, the/DT country/NN needs/VBZ $/$ 400/CD billion/CD to/TO rebuild/VB ,/, the/DT World/NNP Bank/NNP estimates/VBZ ,/, more/JJR than/IN twice/RB the/DT size/NN of/IN its/PRP$ entire/JJ economy/NN before/IN the/DT war/NN ./.
The/DT needs/NNS of/IN displaced/VBN people/NNS are/VBP growing/VBG faster/RBR than/IN aid/NN budgets/NNS ,/, and/CC agencies/NNS have/VBP been/VBN forced/VBN to/TO cut/VB rations/NNS in/IN several/JJ camps/NNS ./.
"/" We/PRP need/VBP a/DT ceasefire/NN now/RB ,/, not/RB next/JJ week/NN "/" ,/, the/DT mayor/NN of/IN the/DT besieged/VBN city/NN told/VBD reporters/NNS after/IN a/DT night/NN in/IN which/WDT more/JJR than/IN 40/CD shells/NNS fell/VBD on/IN the/DT centre/NN ./.
New/JJ leader/NN promises/VBZ early/JJ elections/NNS and/CC end/NN to/TO curfew/NN
The/DT government/NN has/VBZ not/RB kept/VBN its/PRP$ promise/NN to/TO rebuild/VB the/DT schools/NNS destroyed/VBN in/IN the/DT war/NN ,/, and/CC many/JJ children/NNS still/RB study/VBP in/IN tents/NNS ./.
He/PRP promised/VBD voters/NNS he/PRP would/MD cut/VB taxes/NNS and/CC end/VB the/DT war/NN within/IN a/DT year/NN ,/, but/CC taxes/NNS have/VBP risen/VBN and/CC the/DT fighting/NN continues/VBZ ./.
Central/JJ bank/NN cuts/VBZ rates/NNS for/IN first/JJ time/NN in/IN four/CD years/NNS
The/DT cut/NN ,/, a/DT quarter/NN of/IN a/DT percentage/NN point/NN ,/, was/VBD widely/RB expected/VBN by/IN economists/NNS and/CC investors/NNS ,/, and/CC markets/NNS barely/RB moved/VBD after/IN the/DT announcement/NN ./.
Spending/NN cuts/NNS announced/VBN last/JJ month/NN sparked/VBD protests/NNS by/IN nurses/NNS and/CC teachers/NNS in/IN at/IN least/JJS 20/CD cities/NNS ,/, with/IN more/JJR strikes/NNS planned/VBN for/IN next/JJ week/NN ./.
Russian/JJ missiles/NNS cut/VBD power/NN to/TO much/JJ of/IN Odesa/NNP on/IN Saturday/NNP ,/, forcing/VBG hospitals/NNS to/TO switch/VB to/TO generators/NNS and/CC shutting/VBG down/RP the/DT city/NN 's/POS trams/NNS ./.
The/DT killing/NN of/IN a/DT teenager/NN by/IN police/NNS sparks/VBZ riots/NNS in/IN several/JJ cities/NNS
The/DT arrest/NN was/VBD the/DT spark/NN that/WDT set/VBD off/RP three/CD weeks/NNS of/IN unrest/NN in/IN the/DT poor/JJ suburbs/NNS that/WDT ring/VBP the/DT capital/NN ./.
Talks/NNS end/VBP without/IN agreement/NN as/IN both/DT sides/NNS dig/VBP in/RP
The/DT end/NN of/IN the/DT truce/NN was/VBD followed/VBN by/IN a/DT wave/NN of/IN air/NN strikes/NNS on/IN targets/NNS in/IN the/DT south/NN of/IN the/DT country/NN ,/, killing/VBG dozens/NNS ./.
He/PRP ended/VBD his/PRP$ hunger/NN strike/NN after/IN 41/CD days/NNS ,/, when/WRB prison/NN officials/NNS agreed/VBD to/TO let/VB his/PRP$ family/NN visit/VB him/PRP for/IN the/DT first/JJ time/NN in/IN a/DT year/NN and/CC to/TO transfer/VB him/PRP to/TO a/DT civilian/JJ hospital/NN ./.
Ukraine/NNP pushes/VBZ for/IN faster/JJR delivery/NN of/IN air/NN defence/NN systems/NNS
The/DT push/NN toward/IN the/DT city/NN stalled/VBD after/IN heavy/JJ losses/NNS ,/, and/CC commanders/NNS say/VBP they/PRP are/VBP now/RB digging/VBG in/RP for/IN the/DT winter/NN ./.
Investors/NNS pushed/VBD the/DT dollar/NN higher/RBR after/IN the/DT jobs/NNS data/NNS showed/VBD the/DT economy/NN was/VBD still/RB adding/VBG workers/NNS at/IN a/DT steady/JJ pace/NN ./.
Typhoon/NNP hits/VBZ southern/JJ Philippines/NNPS ,/, thousands/NNS flee/VBP
The/DT storm/NN hit/VBD the/DT coast/NN on/IN Thursday/NNP night/NN with/IN winds/NNS of/IN up/IN to/TO 200/CD kilometres/NNS an/DT hour/NN ,/, tearing/VBG roofs/NNS off/IN houses/NNS and/CC uprooting/VBG trees/NNS ./.
The/DT tanker/NN was/VBD hit/VBN by/IN a/DT missile/NN but/CC did/VBD not/RB sink/VB ,/, and/CC its/PRP$ crew/NN of/IN 23/CD was/VBD taken/VBN off/RP by/IN a/DT passing/VBG ship/NN ./.
U.S./NNP lifts/VBZ sanctions/NNS on/IN Venezuelan/JJ oil/NN for/IN six/CD months/NNS
Lifting/VBG the/DT blockade/NN would/MD allow/VB fuel/NN and/CC medicine/NN to/TO reach/VB the/DT city/NN ,/, but/CC the/DT army/NN insists/VBZ that/IN weapons/NNS would/MD also/RB get/VB through/RP ./.
The/DT curfew/NN was/VBD lifted/VBN on/IN Monday/NNP after/IN a/DT week/NN of/IN calm/NN ,/, although/IN soldiers/NNS remain/VBP on/IN the/DT streets/NNS of/IN the/DT old/JJ town/NN ./.
Rebels/NNS seize/VBP key/JJ town/NN on/IN road/NN to/TO the/DT capital/NN
Customs/NNS officers/NNS seized/VBD 4.5/CD tonnes/NNS of/IN cocaine/NN hidden/VBN in/IN a/DT shipment/NN of/IN bananas/NNS at/IN the/DT port/NN of/IN Antwerp/NNP ,/, the/DT largest/JJS such/JJ seizure/NN this/DT year/NN ./.
The/DT killings/NNS have/VBP drawn/VBN condemnation/NN from/IN the/DT African/NNP Union/NNP and/CC the/DT European/NNP Union/NNP ,/, but/CC no/DT one/NN has/VBZ been/VBN arrested/VBN ./.
Survivors/NNS said/VBD that/IN gunmen/NNS went/VBD from/IN house/NN to/TO house/NN ,/, killing/VBG anyone/NN they/PRP found/VBD in/IN the/DT village/NN ,/, and/CC then/RB set/VBD fire/NN to/TO the/DT market/NN and/CC the/DT school/NN before/IN driving/VBG off/RP toward/IN the/DT border/NN ./.
Residents/NNS said/VBD the/DT shelling/NN had/VBD not/RB stopped/VBN for/IN three/CD days/NNS ,/, and/CC that/IN they/PRP had/VBD run/VBN out/IN of/IN food/NN and/CC water/NN ./.
Russia/NNP has/VBZ been/VBN shelling/VBG the/DT Kherson/NNP region/NN from/IN the/DT east/JJ bank/NN of/IN the/DT Dnipro/NNP since/IN November/NNP ,/, when/WRB its/PRP$ troops/NNS withdrew/VBD from/IN the/DT city/NN and/CC blew/VBD up/RP the/DT bridges/NNS behind/IN them/PRP ./.
The/DT bombing/NN ,/, which/WDT killed/VBD 63/CD worshippers/NNS ,/, was/VBD claimed/VBN by/IN a/DT local/JJ affiliate/NN of/IN the/DT Islamic/NNP State/NNP in/IN a/DT message/NN posted/VBN online/RB the/DT next/JJ morning/NN ./.
The/DT rebels/NNS backed/VBD down/RP after/IN the/DT army/NN threatened/VBD to/TO storm/VB the/DT compound/NN ,/, freeing/VBG the/DT 14/CD hostages/NNS they/PRP had/VBD been/VBN holding/VBG there/RB since/IN Friday/NNP ./.
A/DT spokesman/NN said/VBD the/DT ministry/NN would/MD back/VB any/DT plan/NN that/WDT brings/VBZ the/DT hostages/NNS home/RB ,/, even/RB one/CD that/WDT required/VBD painful/JJ concessions/NNS ./.
Police/NNS charged/VBD at/IN the/DT crowd/NN with/IN batons/NNS ,/, and/CC several/JJ protesters/NNS were/VBD hurt/VBN ,/, one/CD of/IN them/PRP seriously/RB ./.
Japan/NNP protests/VBZ to/TO China/NNP over/IN buoy/NN in/IN disputed/VBN waters/NNS
The/DT minister/NN visits/VBZ troops/NNS on/IN the/DT front/NN line/NN and/CC promises/VBZ more/JJR equipment/NN
A/DT car/NN bomb/NN attack/NN on/IN a/DT convoy/NN carrying/VBG the/DT deputy/NN governor/NN killed/VBD two/CD of/IN his/PRP$ guards/NNS ,/, but/CC the/DT deputy/NN governor/NN escaped/VBD unhurt/JJ ./.
Opposition/NN leaders/NNS called/VBD off/RP the/DT march/NN after/IN police/NNS warned/VBD they/PRP would/MD use/VB force/NN to/TO stop/VB it/PRP ,/, but/CC several/JJ thousand/CD people/NNS gathered/VBD anyway/RB and/CC were/VBD dispersed/VBN with/IN tear/NN gas/NN ./.
Workers/NNS at/IN three/CD car/NN plants/NNS voted/VBD to/TO strike/VB ,/, and/CC the/DT union/NN said/VBD the/DT strikes/NNS would/MD begin/VB on/IN Monday/NNP unless/IN the/DT companies/NNS agree/VBP to/TO raise/VB wages/NNS by/IN at/IN least/JJS ten/CD percent/NN ./.
The/DT army/NN claims/VBZ it/PRP has/VBZ killed/VBN 200/CD fighters/NNS ,/, a/DT figure/NN that/WDT could/MD not/RB be/VB confirmed/VBN independently/RB ,/, since/IN journalists/NNS are/VBP not/RB allowed/VBN into/IN the/DT area/NN ./.
The/DT ministry/NN 's/POS order/NN banning/VBG the/DT group/NN was/VBD overturned/VBN by/IN a/DT higher/JJR court/NN in/IN a/DT ruling/NN that/WDT the/DT group/NN 's/POS lawyers/NNS called/VBD "/" a/DT victory/NN for/IN common/JJ sense/NN "/" ./.
Israel/NNP strikes/VBZ Iranian/JJ air/NN defences/NNS ,/, state/NN media/NNS report/VBP blasts/NNS
